# super().name(...) through the LOAD_METHOD site's cache, which remembers the
# function found for a (receiver class, __class__) pair: every way it could
# give a stale or wrong answer, each run warm (several times in a loop).


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# One code object, two __class__ cells: mixins made by one factory share
# their method's code; the receiver's class is the same for both.
def mixin(tag):
    class M:
        def f(self):
            return tag + "/" + super().f()

    return M


class Root:
    def f(self):
        return "root"


class X(mixin("a"), mixin("b"), Root):
    pass


class Y(mixin("c"), Root):
    pass


for i in range(4):
    print("mixins", X().f(), Y().f())


# Diamond: the site in B.f finds C.f for a D receiver and A.f for a B one.
class A:
    def f(self):
        return ["A"]


class B(A):
    def f(self):
        return ["B"] + super().f()


class C(A):
    def f(self):
        return ["C"] + super().f()


class D(B, C):
    def f(self):
        return ["D"] + super().f()


for i in range(3):
    print("diamond", D().f(), B().f(), C().f())
print("mro", [k.__name__ for k in D.__mro__])


# The receiver is the first argument's current value, and a cell when a
# closure captures it.
class Rebind(A):
    def f(self, swap):
        if swap:
            self = swap
        return super().f()

    def g(self):
        def inner():
            return self
        return super().f() + [type(inner()).__name__]

    def gone(self):
        del self
        return super().f()


for i in range(3):
    r = Rebind()
    print("rebind", r.f(None), r.f(Rebind()), r.g())
for i in range(2):
    show("rebind to an unrelated instance", lambda: Rebind().f(B()))
    show("rebind to a non-instance", lambda: Rebind().f(5))
    show("arg deleted", lambda: Rebind().gone())


# super() in a classmethod, and in a staticmethod (no arguments), in a
# nested function (no arguments, or its own first argument as receiver).
class K(A):
    @classmethod
    def cm(cls):
        return super().f

    @staticmethod
    def sm():
        return super().f()

    def nested(self):
        def inner():
            return super().f()
        return inner()

    def nested_arg(self):
        def inner(me):
            return super().f()
        return inner(self)

    def nested_other(self):
        def inner(me):
            return super().f()
        return inner(3)

    def explicit(self):
        return super(K, self).f() + super(A, self).__class__.__name__.split()


for i in range(3):
    show("classmethod", lambda: K.cm().__qualname__)
    show("staticmethod", K.sm)
    show("nested", lambda: K().nested())
    show("nested with an argument", lambda: K().nested_arg())
    show("nested, unrelated argument", lambda: K().nested_other())
    show("explicit", lambda: K().explicit())


# __class__ referred to directly keeps the cell; it still names the class.
class Cls(A):
    def f(self):
        return super().f() + [__class__.__name__]


for i in range(3):
    print("class cell", Cls().f())


# Changes after the site warmed: the base's method replaced, a method added
# between, the receiver's __class__ reassigned, super rebound.
class P:
    def m(self):
        return "P.m"


class Q(P):
    pass


class R(Q):
    def m(self):
        return "R>" + super().m()


r = R()
for i in range(3):
    print("warm", r.m())
P.m = lambda self: "P.m patched"
print("base patched", r.m())
Q.m = lambda self: "Q.m added"
print("between added", r.m())
del Q.m
print("between deleted", r.m())


class R2(Q):
    def m(self):
        return "R2>" + super().m()


class S(R):
    pass


s = S()
for i in range(3):
    print("subclass", s.m())
s.__class__ = R2
show("class reassigned", s.m)
R.m2 = R.m
s.__class__ = S
print("back", s.m())


def rebound_super():
    class T(P):
        def m(self):
            return super().m()

    t = T()
    print("before rebinding", t.m())
    global super
    saved = super

    class Fake:
        def __init__(self, *a):
            pass

        def m(self):
            return "fake"

    super = Fake
    try:
        print("super rebound", t.m())
    finally:
        super = saved
    print("restored", t.m())


rebound_super()


# Properties and data found through super() are never a cached method.
class Prop:
    @property
    def m(self):
        return lambda: "property"

    n = staticmethod(lambda: "static")


class UsesProp(Prop):
    def m(self):
        return super().m()

    def n(self):
        return super().n()


for i in range(3):
    print("kinds", UsesProp().m(), UsesProp().n())
