# Calling a class remembers, per class, which __init__ runs on a plain new
# instance (or that the call takes the general path); every change that
# decides it, made after the calls warmed, shows in the next call.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Base:
    def __init__(self, x):
        self.x = x


class Kid(Base):
    pass


class Grand(Kid):
    def __init__(self, x):
        super().__init__(x * 10)


def make(cls, n=3):
    return [vars(cls(i)) for i in range(n)]


for c in (Base, Kid, Grand):
    print("warm", c.__name__, make(c))

# __init__ replaced on the base, added on the middle class, then removed
Base.__init__ = lambda self, x: setattr(self, "y", -x)
print("base replaced", make(Kid, 2), make(Grand, 2))
Kid.__init__ = lambda self, x: setattr(self, "k", x)
print("middle added", make(Kid, 2), make(Grand, 2))
del Kid.__init__
print("middle removed", make(Kid, 2), make(Grand, 2))


# a __new__ on the base: every subclass's call goes through it
def new(cls, *args):
    o = object.__new__(cls)
    o.tag = "made by __new__"
    return o


Base.__new__ = new
for c in (Base, Kid, Grand):
    print("with __new__", c.__name__, make(c, 2))


# __init__ that is not a plain function: a callable instance, a staticmethod
class CallableInit:
    def __call__(self, *args):
        print("  callable __init__ got", len(args), "arguments")


class Plain:
    def __init__(self, v):
        self.v = v


for i in range(3):
    Plain(i)
Plain.__init__ = CallableInit()
show("callable instance as __init__", lambda: vars(Plain(5)))
Plain.__init__ = staticmethod(lambda v: print("  static __init__ got", v))
show("staticmethod as __init__", lambda: vars(Plain(6)))
Plain.__init__ = lambda self, v: v
show("__init__ returning a value", lambda: Plain(7))
del Plain.__init__
show("object.__init__ with an argument", lambda: Plain(8))
show("object.__init__ without", lambda: vars(Plain()))


# the class made abstract after warm calls, then concrete again
class Shape:
    def __init__(self):
        self.ok = True


for i in range(3):
    Shape()
Shape.__abstractmethods__ = frozenset({"area"})
show("abstract", Shape)
Shape.__abstractmethods__ = frozenset()
show("concrete again", lambda: vars(Shape()))


# wrong argument counts after warm calls: CPython's messages
for i in range(3):
    Base(i)
show("too few", lambda: Base())
show("too many", lambda: Base(1, 2))
show("keyword", lambda: vars(Base(x=4)))
