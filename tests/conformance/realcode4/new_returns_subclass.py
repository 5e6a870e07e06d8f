# A __new__ that returns an instance of a subclass (a factory base choosing
# its implementation from the arguments): the instance's own class's
# __init__ runs, not the called class's.
class Shape:
    def __new__(cls, *args, sides=None):
        if cls is Shape and sides == 3:
            return object.__new__(Triangle)
        return object.__new__(cls)

    def __init__(self, *args, sides=None):
        print("Shape.__init__", type(self).__name__, args)


class Triangle(Shape):
    def __init__(self, *args, sides=None):
        print("Triangle.__init__", args, sides)
        self.sides = sides


t = Shape(1, 2, sides=3)
print(type(t).__name__, t.sides)
s = Shape(4)
print(type(s).__name__)


class Other:
    def __init__(self, *a):
        print("never")


class Factory:
    def __new__(cls, x):
        return Other() if x else 42

    def __init__(self, x):
        print("not run for a foreign object")


print(type(Factory(1)).__name__, Factory(0))


class Base:
    def __new__(cls, kind):
        return super().__new__(Impl if kind == "impl" else cls)

    def __init__(self, kind):
        self.kind = kind


class Impl(Base):
    def __init__(self, kind):
        super().__init__(kind)
        self.extra = True


i = Base("impl")
print(type(i).__name__, i.kind, i.extra)
