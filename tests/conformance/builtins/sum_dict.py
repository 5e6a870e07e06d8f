# sum() over dicts and their key and value views: small ints, other number
# kinds mixed in, totals past 64 bits, starts of every kind, subclasses,
# OrderedDict, views of dicts changed after the view was made, iterators
# over views, and items (tuples: TypeError).
from collections import OrderedDict

d = {k: k * k for k in range(-50, 100)}
print(sum(d), sum(d.keys()), sum(d.values()), sum(d.values(), 10), sum(d, -7))
print(sum({}), sum({}.values()), sum({}, 5), sum({}.keys(), 2.5))
big = {1: 2**61, 2: 2**61, 3: 2**61, 4: 2**61, 5: -1}
print(sum(big.values()), sum(big.values(), -(2**62)))
edge = {i: 2**62 - 1 for i in range(5)}
print(sum(edge.values()), sum(edge.values(), -(2**62)), sum({-(2**62): 0, -(2**62) + 1: 0}))
mixed = {1: 1, 2: 2.5, 3: True, 4: 2**70}
print(sum(mixed.values()), sum(mixed.values(), 0.5), sum(mixed), sum({True: 1, 2: 2}))
print(sum(d.values(), 2**80), sum(d.values(), 1.5), sum(d.values(), True))
floats = {1.5: 1, 2.5: 2}
print(sum(floats), sum(floats.values()))


class Sub(dict):
    def values(self):
        return [100, 200]

    def __iter__(self):
        return iter([1000])


s = Sub(a=1, b=2)
print(sum(s), sum(s.values()), sum(dict.values(s)), sum(dict.keys(Sub({5: 0}))))
od = OrderedDict((i, i) for i in range(10))
print(sum(od), sum(od.values()), sum(od.keys(), 1))

view = d.values()
d[1000] = 1
del d[-50]
print(sum(view), sum(d.keys()))
it = iter(d.values())
next(it)
print(sum(it), next(it, "exhausted"))

try:
    sum({1: "a"}.values())
except TypeError as exc:
    print("TypeError", exc)
try:
    sum({(1, 2): 0}.items())
except TypeError as exc:
    print("TypeError", exc)
try:
    sum({"a": 1})
except TypeError as exc:
    print("TypeError", exc)
try:
    sum({1: 1}.values(), "s")
except TypeError as exc:
    print("TypeError", exc)


class Num:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return other + self.v


print(sum({1: Num(5), 2: 7}.values()))
