# zip_longest as a native iterator: fill values, the order it pulls items in, an input that
# ends early or raises, inputs growing while it runs, errors.
import itertools
from itertools import zip_longest


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(list(zip_longest("abc", [1, 2], range(4))))
print(list(zip_longest("ab", "wxyz", fillvalue="-")), list(zip_longest()), list(zip_longest([])))
print(list(zip_longest(range(2), fillvalue=None)), dict(zip_longest("abc", [1])))
z = zip_longest("a")
print(repr(z)[:len("<itertools.zip_longest object")], iter(z) is z, next(z), attempt(lambda: next(z)))


def loud(name, n):
    for i in range(n):
        print("  ", name, i)
        yield name + str(i)
    print("  ", name, "done")


for row in zip_longest(loud("p", 2), loud("q", 3), fillvalue=0):
    print(row)


def flaky():
    yield 1
    raise KeyError("flaky")


zf = zip_longest([10, 20, 30], flaky())
print(next(zf), attempt(lambda: next(zf)), attempt(lambda: next(zf)))
grow = [1, 2]
zg = zip_longest(grow, "abcde")
for pair in zg:
    if len(grow) < 4:
        grow.append(len(grow) + 1)
    print(pair)
fill = []
rows = list(zip_longest("ab", "abc", fillvalue=fill))
print(rows, rows[-1][0] is fill)
for args, kw in [((1,), {}), (("a",), {"x": 1}), (("a",), {"fillvalue": 0, "x": 1}),
                 (("a", None), {})]:
    print(attempt(lambda: zip_longest(*args, **kw)))
print(list(itertools.islice(zip_longest(itertools.count(), "ab"), 4)))
