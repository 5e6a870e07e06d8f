from typing import NamedTuple, TypedDict, NewType, cast, get_type_hints, TYPE_CHECKING

class Point(NamedTuple):
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), p.x, p[1], p == (1, 2), list(p), p._asdict(), Point._fields)
x, y = p
print(x + y, p._replace(x=10), len(p))

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title='Up', year=2009)
print(m, type(m).__name__, m['year'])
UserId = NewType('UserId', int)
print(UserId(42) + 1, cast(str, 99), TYPE_CHECKING)
def f(a: int, b: 'str' = 'x') -> None: pass
print(get_type_hints(f))
