# namedtuple: field name forms, defaults, rename, validation errors, subclassing.
from collections import namedtuple

A = namedtuple("A", "a, b c")
B = namedtuple("B", ["one", "two"], defaults=[2])
C = namedtuple("C", "x def _y x", rename=True)
print(A(1, 2, 3), B(1), B(1, 3), B._field_defaults, B.__new__.__defaults__, C._fields)
print(namedtuple("Empty", "")(), namedtuple("One", "v")(5), namedtuple("Single", ["v"])._make("a"))
for args in (("Q", ["a", "1a"]), ("Q", ["a", "def"]), ("Q", ["_x"]), ("def", "a"), ("Q", "a a"),
             ("Q", ["a b"])):
    try:
        namedtuple(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple("E", "a", defaults=[1, 2])
except TypeError as e:
    print("TypeError:", e)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), Vec._make((0, 1)), v._replace(x=0), type(v._replace(x=0)).__name__)
