# sum() over ints, floats and mixes: a float total adds float and int items as C doubles,
# in order, and hands over to + at the first item of another kind; the results are
# CPython 3.11's (no compensated summation), errors name the types at the point they meet.
import math
from fractions import Fraction


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum(x / 7 for x in range(50)))
print(sum([1, 2.5, 3]), sum([1.5, 2, 3]), sum([2 ** 62, 0.5]), sum([0.5, 2 ** 62, 2 ** 62]))
print(sum([0.5, 2 ** 70]), sum([0.5, True, False, True]), sum([], 0.0), sum([], -0.0), sum([-0.0]))
print(sum([-0.0], -0.0), sum([1.0, -1.0]), sum([math.inf, 1.0]), sum([math.inf, -math.inf]))
print(sum([1.5, Fraction(1, 2), 0.25]), sum([0.5, 1 + 2j, 1]), sum([0.5, 3], start=0.25))


class Half(float):
    def __add__(self, other):
        print("  Half.__add__", other)
        return Half(float(self) + float(other))

    def __radd__(self, other):
        print("  Half.__radd__", other)
        return Half(float(other) + float(self))


print(sum([1.0, Half(0.5), 2.0]), type(sum([1.0, Half(0.5), 2.0])).__name__)
print(attempt(lambda: sum([1.0, 2.0, "x"])), attempt(lambda: sum([1.0, None])))
print(attempt(lambda: sum(["a", "b"], 0.5)), attempt(lambda: sum([1.5], "")))


def loud(items):
    for x in items:
        print("  yield", x)
        yield x


print(sum(loud([0.25, 1, 0.5])))
print(attempt(lambda: sum(loud([0.25, "s", 1.0]))))
big = sum(float(k) for k in range(1, 100001))
print(big, sum(k * 0.5 for k in range(1000)), sum(range(10 ** 5)), sum(float(k) for k in []))
