# count and repeat as native iterators: arguments, reprs as they advance, big and
# float steps, numbers of other types, subclasses, length hints, errors.
import itertools
import sys
from fractions import Fraction
from itertools import count, repeat, islice


def shape(x):
    text = repr(x)
    return text[:text.index(" at 0x")] + ">" if " at 0x" in text else text


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


c = count()
print(next(c), next(c), c, count(5), count(-3), count(0, 1), count(start=4, step=-2))
print(count(True), next(count(True)), count(0, True), count(2, False), count(1.0, 1))
print(list(islice(count(0.5, 0.25), 5)), count(1, 1.0), count(1 + 2j, 1j))
big = count(sys.maxsize - 1)
print(next(big), next(big), next(big), big)
b2 = count(2 ** 64, 2 ** 64)
print(next(b2), next(b2), b2, count(-(2 ** 70), 3))
f = count(Fraction(1, 3), Fraction(1, 6))
print(next(f), next(f), f)
print(list(zip("abcd", count(10, 5))), 7 in count(1), list(islice(count(10, -3), 4)))
for args, kw in [((1, 2, 3), {}), ((), {"x": 1}), (("a",), {}), ((1, "a"), {}),
                 ((1,), {"start": 2}), ((None,), {})]:
    print(attempt(lambda: count(*args, **kw)))

r = repeat("ab", 3)
print(r, r.__length_hint__(), next(r), r, list(r), r, r.__length_hint__(), list(r))
print(repeat(None), repeat([1, 2]), repeat(1, 0), repeat(1, -4), list(repeat(1, -4)))
print(list(map(pow, range(5), repeat(3))), list(repeat(object="x", times=2)))
print(attempt(lambda: repeat(1).__length_hint__()), list(repeat(7, True)))
for args, kw in [((), {}), ((1, 2, 3), {}), ((1, 2.0), {}), ((1,), {"x": 3}), ((1, None), {}),
                 ((), {"times": 3}), ((1,), {"object": 2})]:
    print(attempt(lambda: repeat(*args, **kw)))
shared = []
rs = repeat(shared, 2)
a, b = rs
print(a is shared and b is shared, attempt(lambda: next(rs)))
print(attempt(lambda: itertools.chain().__length_hint__()))


class Upward(count):
    def __next__(self):
        return super().__next__() * 10


class Twice(repeat):
    pass


u = Upward(2, 3)
print(next(u), next(u), u, isinstance(u, count), Twice("z", 2), list(Twice("z", 2)))


class Loud:
    # a number whose additions print: count adds the step before handing back a value
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  add", self.v, other)
        return Loud(self.v + other)

    def __float__(self):
        return float(self.v)

    def __repr__(self):
        return "Loud(%d)" % self.v


lc = count(Loud(1), 5)
print(lc)
print(next(lc))
print(next(lc), lc)


class Bad:
    def __float__(self):
        return 0.0

    def __add__(self, other):
        raise ValueError("no adding")


bc = count(Bad())
print(attempt(lambda: next(bc)), attempt(lambda: next(bc)))
