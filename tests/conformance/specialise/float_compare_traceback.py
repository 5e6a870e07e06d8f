# A compare fused with its branch, warmed with floats and strs, then given
# operands that cannot be ordered: the TypeError's traceback names the
# compare's line, inside a loop, a generator and a nested call.


def count_below(values, limit):
    n = 0
    for v in values:
        if v < limit:
            n += 1
    return n


def gen_below(values, limit):
    for v in values:
        if v >= limit:
            yield v * 2.0


print(count_below([0.5, 1.5, 2.5, -1.0], 2.0))
print(count_below(['a', 'c', 'b'], 'b'))
print(list(gen_below([0.5, 3.0, 9.5], 1.0)))
print(sum(gen_below([float(i) for i in range(100)], 50)))


def outer():
    return list(gen_below([1.5, 2.5, 'x', 4.0], 2.0))


try:
    outer()
except TypeError as e:
    print('TypeError', e)
print(count_below([1.0, 2.0, None], 1.5))
