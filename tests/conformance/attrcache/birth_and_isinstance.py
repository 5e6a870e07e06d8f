# Calling a class with a Python __init__ (the frame pushed straight from
# CALL) and isinstance(instance, class) decided inline: every case where
# the general path must answer instead.


class A:
    def __init__(self, x, y=2, *args, **kw):
        self.x = x
        self.rest = (y, args, kw)


print([A(i).rest for i in range(2)], A(1, 3, 4, k=5).rest, A(x=9).x)


class B:
    def __init__(self, x):
        self.x = x


bs = [B(i) for i in range(5)]
B.__init__ = lambda self, x: setattr(self, "y", -x)
print(vars(B(3)), [vars(b) for b in bs[:2]])


class NewOver:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print([NewOver(i).a for i in range(2)])


class OtherNew:
    def __new__(cls, x):
        return 42

    def __init__(self, x):
        print("never")


print(OtherNew(1), OtherNew(2))


class Ret:
    def __init__(self, v):
        self.v = v
        return v


for v in (None, 0, "s"):
    try:
        print(vars(Ret(v)))
    except TypeError as e:
        print("TypeError", e)


class Sl:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = a * 2


print([(s.a, s.b) for s in (Sl(1), Sl(2))])
try:
    Sl(1).c = 3
except AttributeError as e:
    print("AttributeError", e)


class Meta(type):
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__, a, k)
        return super().__call__(*a, **k)

    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return type(obj).__name__ == "B"


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(WithMeta(1).v, WithMeta(v=2).v)
print(isinstance(B(1), WithMeta), isinstance(WithMeta(3), WithMeta), isinstance(A(1), WithMeta))


# __init__ replaced while instances are being made in a loop
class Flip:
    def __init__(self, i):
        self.i = i


out = []
for i in range(6):
    if i == 3:
        Flip.__init__ = lambda self, i: setattr(self, "j", i)
    out.append(sorted(vars(Flip(i))))
print(out)

# argument errors through the fast path
for args in ((), (1, 2)):
    try:
        B(*args)
    except TypeError as e:
        print("TypeError", e)


# isinstance: subclasses, unrelated classes, tuples, non-types, shadowing
class Base:
    pass


class Kid(Base):
    pass


k = Kid()
print([isinstance(k, c) for c in (Kid, Base, object, B, int)])
print(isinstance(k, (B, Base)), isinstance(3, Base), isinstance(k, type(k)))
try:
    isinstance(k, 3)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(k)
except TypeError as e:
    print("TypeError", e)


def shadowed():
    isinstance = lambda a, b: "mine"
    return isinstance(k, Base)


print(shadowed())
