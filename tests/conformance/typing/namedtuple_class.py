# typing.NamedTuple in class form: a real tuple subclass with defaults and methods
from typing import NamedTuple, Optional, List


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return '<%d,%d>' % self


p = Point(1, 2)
print(p, repr(p), p.norm(), p.x, p[1], p[-1], len(p), isinstance(p, tuple))
print(p._replace(x=5), Point._fields, Point._field_defaults, p._asdict(), Point._make([7, 8, 'z']))
print(Point(3), Point(x=1, y=2, label='a'), Point.__annotations__)
a, b, c = Point(9, 8)
print(a, b, c, p == (1, 2, None), p < Point(2), hash(p) == hash((1, 2, None)), tuple(p) + (1,))
print(sorted([Point(3, 1), Point(1, 5), Point(2, 2)]), max(Point(1, 9), Point(2, 0)))
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point()
except TypeError as e:
    print('TypeError:', e)
try:
    Point(1, 2, 'a', 4)
except TypeError as e:
    print('TypeError:', e)


class Stack(NamedTuple):
    items: List[int]
    name: str = 'stack'


s = Stack([1, 2])
s.items.append(3)
print(s, s.name, Stack.__doc__ is not None)


def make_pair_type(kind):
    class Pair(NamedTuple):
        left: int
        right: int

        def describe(self):
            return '%s pair %d/%d' % (kind, self.left, self.right)
    return Pair


P = make_pair_type('odd')
print(P(1, 3).describe(), P(1, 3), type(P(1, 3)).__name__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
