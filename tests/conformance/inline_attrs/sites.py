# Attribute sites that ran many times (their caches warm) meeting what the
# caches must not hide: more classes than a site keeps, a base class changed,
# a method shadowed by an instance attribute, a property replaced, a name
# the class's instances learn later, instances moved to a dict.


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class A(Base):
    pass


class B(Base):
    def get(self):
        return -self.v


class C(Base):
    pass


class D(Base):
    pass


class E(Base):
    pass


def read(o):
    return o.v


def call(o):
    return o.get()


def write(o, x):
    o.v = x


objs = [k(i) for i in range(6) for k in (A, B, C, D, E)]
for _ in range(3):
    print(sum(read(o) for o in objs), sum(call(o) for o in objs))
for i, o in enumerate(objs):
    write(o, i)
print(sum(read(o) for o in objs), sum(call(o) for o in objs))

# a base class gains a data descriptor: every subclass's cached reads miss
Base.v = property(lambda self: 100, lambda self, x: None)
print(sum(read(o) for o in objs), sum(call(o) for o in objs))
write(objs[0], 5)
print(read(objs[0]), vars(objs[0]))
del Base.v
print(sum(read(o) for o in objs))

# a base class's method replaced after the call sites warmed
Base.get = lambda self: 1
print(sum(call(o) for o in objs))
del Base.get
try:
    call(objs[0])
except AttributeError as e:
    print("AttributeError", e)
Base.get = lambda self: 2
print(call(objs[0]), call(objs[1]))

# an instance attribute shadows the method at a warm call site
o = A(3)
print(call(o))
o.get = lambda: "own"
print(call(o), call(A(4)))
del o.get
print(call(o))


# a name the class's instances only get later, after instances were made
class Late:
    def __init__(self):
        self.a = 1

    def b(self):
        return "method"


ls = [Late() for _ in range(5)]
print([x.b() for x in ls])
ls[3].b = "value"
print([x.b if isinstance(x.b, str) else x.b() for x in ls])
fresh = [Late() for _ in range(3)]
print([x.b() for x in fresh])
fresh[0].b = "v2"
print(fresh[0].b, fresh[1].b())


# a property's getter and setter at warm sites, then the property replaced
class P:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v * 2


def px(p):
    return p.x


def setx(p, v):
    p.x = v


ps = [P() for _ in range(10)]
for i, p in enumerate(ps):
    setx(p, i)
print([px(p) for p in ps])
P.x = property(lambda self: -self._x)
print([px(p) for p in ps][:3])
try:
    setx(ps[0], 1)
except AttributeError as e:
    print("AttributeError", e)
del P.x
setx(ps[1], 7)
print(px(ps[1]), vars(ps[1]))

# instances moved to a dict still read and write through warm sites
q = A(1)
vars(q)
write(q, 9)
print(read(q), call(q), vars(q))
r = A(2)
r.__dict__ = {"v": 40}
print(read(r), call(r))
del r.v
try:
    read(r)
except AttributeError as e:
    print("AttributeError", e)

# __class__ changed under a warm site
s = A(5)
print(call(s))
s.__class__ = B
print(call(s), read(s))


# __slots__ classes through the same kind of site
class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v * 10


ss = [S(i) for i in range(4)]
print([read(x) for x in ss], [call(x) for x in ss])
