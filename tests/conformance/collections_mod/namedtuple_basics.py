# namedtuple: fields, indexing, unpacking, hashing, comparison, repr, helpers.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p[-1], len(p), tuple(p), list(p), p == (1, 2), (1, 2) == p)
x, y = p
print(x, y, hash(p) == hash((1, 2)), {p: "origin-ish"}[(1, 2)], sorted([Point(2, 0), p]))
print(Point._fields, Point.__name__, Point.__doc__, Point.x.__doc__, Point._field_defaults)
print(p._asdict(), p._replace(y=5), Point._make([7, 8]), p + (3,), p * 2, p[:1])
print(isinstance(p, tuple), type(p).__name__, Point.__mro__[1] is tuple, "%d,%d" % p, max(p))
print(Point.__match_args__, Point(**{"x": 0, "y": 0}), Point(*range(2)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
