# object.__setattr__ and object.__delattr__ store and delete past a class's own
# __setattr__/__delattr__, for __slots__ classes as for classes with a __dict__: the way
# immutable classes initialise themselves.
class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name):
        raise AttributeError("cannot delete")

    def __repr__(self):
        return f"Frozen({self.x}, {self.y})"


f = Frozen(1, 2)
print(f)
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "x")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
object.__delattr__(f, "y")
try:
    f.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__setattr__(f, "z", 0)
except AttributeError as e:
    print("AttributeError:", e)


class Record:
    def __setattr__(self, name, value):
        print("intercepted", name)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)


r = Record()
r.name = "ada"
object.__setattr__(r, "raw", "kept")
print(r.name, r.raw, sorted(vars(r)))
object.__delattr__(r, "raw")
print(hasattr(r, "raw"))
try:
    object.__setattr__(r, 5, 1)
except TypeError as e:
    print("TypeError:", e)
fs = frozenset("ab")
print(fs.__contains__("a"), frozenset.__contains__(fs, "z"), fs.__len__(), sorted(fs.__iter__()))
print(fs.__or__(frozenset("c")) == frozenset("abc"), fs.__sub__(frozenset("a")), fs.__eq__(frozenset("ba")))
