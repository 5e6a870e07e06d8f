# __class__ assignment and instances of subclasses through warmed sites.


class A:
    def __init__(self):
        self.a = 1
        self.b = 2

    def who(self):
        return "A"


class B:
    def __init__(self):
        self.b = 20
        self.a = 10

    def who(self):
        return "B"


class SubA(A):
    def __init__(self):
        super().__init__()
        self.c = 3


def read(o):
    return (o.a, o.b, o.who())


objs = [A() for _ in range(10)] + [SubA() for _ in range(10)] + [B() for _ in range(10)]
print([read(o) for o in objs][::5])

x = A()
x.__class__ = B
print(read(x), vars(x), type(x).__name__)
x.extra = 5
print(vars(x))
y = B()
y.__class__ = A
print(read(y), vars(y))
z = SubA()
z.__class__ = A
print(read(z), vars(z))
z.__class__ = SubA
print(read(z), vars(z))


class Slotted:
    __slots__ = ("a",)


try:
    A().__class__ = Slotted
except TypeError as e:
    print("TypeError", e)

# a subclass with __slots__ and a __dict__ of its own
class Mixed:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = "slot"
        self.d = "dict"


m = Mixed()
print(m.s, m.d, vars(m))
m2 = Mixed()
m2.more = 1
print(vars(m2))


class OnlySlots:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = 1


o = OnlySlots()
print(o.p, hasattr(o, "q"))
try:
    o.r = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    print(o.__dict__)
except AttributeError as e:
    print("AttributeError", e)
