# Augmented assignment to attributes (o.x op= v: DUP_TOP LOAD_ATTR ...
# ROT_TWO STORE_ATTR, fused on a site hit) over every kind of target.


class P:
    count = 0

    def __init__(self):
        self.x = 1
        self.items = []

    def step(self, d):
        self.x += d
        self.x *= 2
        self.count += 1
        self.items += [d]
        return self.x


p = P()
for i in range(20):
    p.step(i)
print(p.x, p.count, P.count, p.items[-3:])


class Prop:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        print("get")
        return self._v

    @v.setter
    def v(self, x):
        print("set", x)
        self._v = x


q = Prop()
for _ in range(2):
    q.v += 10
print(q._v)


class Sl:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 0


s = Sl()
for _ in range(30):
    s.n += 3
print(s.n)


class Missing:
    pass


m = Missing()
try:
    m.nothing += 1
except AttributeError as e:
    print("AttributeError", e)


class Noisy:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        return Noisy(self.n + k)

    def __del__(self):
        print("del", self.n)


class Box:
    def __init__(self):
        self.v = Noisy(0)


b = Box()
for _ in range(3):
    b.v += 1
print("kept", b.v.n)
del b


class Hooked:
    def __init__(self):
        self.a = 0

    def bump(self):
        self.a += 1
        return self.a


h = Hooked()
for _ in range(10):
    h.bump()
Hooked.__setattr__ = lambda self, k, v: (print("hook", k, v), object.__setattr__(self, k, v))
print(h.bump())


class Counter:
    total = 0


for _ in range(5):
    Counter.total += 2
print(Counter.total)

import math as _m

_m.answer = 40
for _ in range(2):
    _m.answer += 1
print(_m.answer)


# several classes through one augmented site
class A:
    def __init__(self):
        self.v = 0


class B(A):
    pass


class C:
    def __init__(self):
        self.w = 0
        self.v = 100


def bump(o):
    o.v += 1


objs = [A(), B(), C(), A()]
for _ in range(12):
    for o in objs:
        bump(o)
print([o.v for o in objs])


# super() calls from methods whose receiver is rebound or deleted
class Base:
    def f(self):
        return "base"


class Kid(Base):
    def f(self):
        return "kid+" + super().f()

    def g(self):
        self = Other()
        return super().f()


class Other(Kid):
    def f(self):
        return "other"


k = Kid()
print([k.f() for _ in range(3)], Other().f())
print(k.g())
