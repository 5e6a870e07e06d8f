"""Class hierarchies: ABCs, super chains, __slots__, class/static methods, match."""
from abc import ABC, abstractmethod
from dataclasses import dataclass
import math


class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.2f}, perimeter={self.perimeter():.2f})"

    def __lt__(self, other):
        return self.area() < other.area()

    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None


class Circle(Shape, kind="circle"):
    __slots__ = ("r",)

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape, kind="rect"):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect, kind="square"):
    def __init__(self, s):
        super().__init__(s, s)

    def __repr__(self):
        return f"Square({self.w})"


@dataclass
class Vec:
    x: float
    y: float

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)


def describe(obj):
    match obj:
        case Circle(r=r) if r > 5:
            return f"big circle {r}"
        case Circle():
            return "circle"
        case Square(w=w):
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Vec(x=0, y=0):
            return "zero vector"
        case Vec(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case [first, *rest]:
            return f"list starting {first} (+{len(rest)})"
        case {"type": t, **others}:
            return f"mapping {t} {sorted(others)}"
        case str() | bytes():
            return "text"
        case _:
            return "unknown"


shapes = [Shape.create("circle", 1), Shape.create("rect", 2, 3), Shape.create("square", 2), Circle(6)]
for s in sorted(shapes):
    print(s, describe(s))
print(sorted(Shape.registry), Square.__mro__[1].__name__, isinstance(shapes[2], Rect))
for thing in [Vec(0, 0), Vec(2, 2), Vec(1, 2), [1, 2, 3], {"type": "x", "a": 1, "b": 2}, "s", 3.5]:
    print(describe(thing))
try:
    Shape.create("hexagon")
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
try:
    Shape()
except TypeError as e:
    print(e)
c = Circle(2)
try:
    c.color = "red"
except AttributeError as e:
    print(e)
print(abs(Vec(3, 4) + Vec(0, 0)), Vec(1, 2) == Vec(1, 2), Vec(1, 2))
print(Circle.__slots__, hasattr(c, "__dict__"), Square(3).__dict__)


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9

    @staticmethod
    def from_f(f):
        t = Temperature(0)
        t.f = f
        return t

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.f, spec[:-1]) + "°F"
        return format(self._c, spec) + "°C"


t = Temperature.from_f(212)
print(f"{t:.1f} {t:.0F}", t.f, vars(t))
