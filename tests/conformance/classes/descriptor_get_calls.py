# Calling __get__ by hand on functions, classmethods, staticmethods and properties, as
# class-based decorators and descriptor helpers do; types.MethodType binds a function.
import types
import functools


def area(self, scale=1):
    return self.w * self.h * scale


class Box:
    w, h = 2, 3

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def unit():
        return "unit"

    @property
    def size(self):
        return self.w * self.h


b = Box()
bound = area.__get__(b, Box)
print(bound(), bound(10), bound.__self__ is b, bound.__func__ is area, area.__get__(None, Box) is area)
print(Box.__dict__["make"].__get__(None, Box)().size, Box.__dict__["make"].__get__(b)().w)
print(Box.__dict__["unit"].__get__(b, Box)(), Box.__dict__["size"].__get__(b, Box), Box.__dict__["size"].__get__(None, Box) is Box.__dict__["size"])
for d in (area, Box.__dict__["size"]):
    try:
        d.__get__(None, None)
    except TypeError as e:
        print("TypeError:", e)
print(area.__call__(b), types.MethodType(area, b)(2), types.MethodType(len, [1, 2])())
for args in ((1, b), (area, None)):
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)


class logged:
    """A decorator class that works on plain functions and on methods."""

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func

    def __call__(self, *args):
        print("call", self.func.__name__, len(args), args[-1])
        return self.func(*args)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)


class Greeter:
    def __init__(self, name):
        self.name = name

    @logged
    def greet(self, punct="!"):
        return "hi " + self.name + punct


@logged
def twice(x):
    return 2 * x


print(Greeter("ada").greet("?"), twice(4), Greeter.greet.__name__, isinstance(Greeter.__dict__["greet"], logged))


class Dispatch:
    @functools.singledispatchmethod
    def show(self, arg):
        return "object " + repr(arg)

    @show.register
    def _(self, arg: int):
        return "int %d" % arg

    @show.register(list)
    def _(self, arg):
        return "list of %d" % len(arg)

    @functools.singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return cls.__name__ + " other"

    @kind.register(str)
    @classmethod
    def _(cls, arg):
        return cls.__name__ + " str"


d = Dispatch()
print(d.show(3), d.show([1, 2]), d.show("s"), d.show(True), Dispatch.kind("x"), Dispatch.kind(2.5), d.kind("y"))
print(Dispatch.show.__name__, d.show.register is not None)
