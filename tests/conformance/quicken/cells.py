# Fused instructions over cells (free and cell variables): a nonlocal
# updated in place with small ints, floats, strs, big ints and a result
# past the small-int range, loads of a cell beside a local, a cell returned,
# cells shared by sibling closures and by a generator.
BIG = 2 ** 62 - 2


def make_counter(start):
    count = start

    def increment(step):
        nonlocal count
        count += step
        return count

    def value():
        return count

    return increment, value


for start, steps in [(0, [1, 2, 3]), (1.5, [1, 0.25]), ("a", ["b", "c"]), (BIG, [1, 1, 1]),
                     (-BIG, [-5, -5]), (10 ** 30, [1, -(10 ** 30)]), ([1], [[2], [3]])]:
    inc, value = make_counter(start)
    for s in steps:
        inc(s)
    print(repr(value()))


def scaled(n):
    def mul(x):
        return x * n

    def sub(x):
        return x - n

    return mul, sub


mul, sub = scaled(3)
print(mul(4), mul(2.5), mul("ab"), mul(BIG), sub(1), sub(-BIG))


def cellvar_loop(n):
    total = 0

    def peek():
        return total

    for i in range(n):
        total += i
    return peek(), total


print(cellvar_loop(10))


def gen_with_cell(n):
    acc = 0

    def bump(k):
        nonlocal acc
        acc += k
        return acc

    for i in range(n):
        yield bump(i)
        acc -= 1


print(list(gen_with_cell(6)))


def pair_of_cells(a, b):
    def f():
        return a < b, a + b, b - a

    return f()


print(pair_of_cells(1, 2), pair_of_cells(2.0, 1), pair_of_cells("x", "y"))
