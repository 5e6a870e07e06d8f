# @dataclass(slots=True): the class is made again with __slots__ for its fields, without
# class-level defaults and without a __dict__; frozen and ordered variants still work.
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, Point.__slots__, hasattr(p, "__dict__"), [f.name for f in fields(Point)])
p.y = 5
print(p, Point.__qualname__, Point.__name__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print("y" in Point.__dict__, type(Point.__dict__["x"]).__name__)


@dataclass(slots=True, frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return Version(self.major, self.minor + 1)


v = Version(1, 2)
print(v, v.bump(), v < v.bump(), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Base:
    a: int


@dataclass(slots=True)
class Derived(Base):
    b: str = "b"


d = Derived(1)
print(d, Base.__slots__, Derived.__slots__, isinstance(d, Base), hasattr(d, "__dict__"))
