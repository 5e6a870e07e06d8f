# Attribute runs on a local instance (self.x, self.m(), self.x = v,
# self.x = local): their fast paths against every change a warm site may
# meet, in loops long enough to warm the sites first.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get(self):
        return self.x + self.y

    def put(self, v):
        self.x = v
        return self.x

    def call(self):
        return self.m()

    def m(self):
        return "method"


def warm(n=50):
    p = P(1, 2)
    out = []
    for i in range(n):
        out.append((p.get(), p.put(i), p.call()))
    return out[-1]


print(warm())

# a class attribute shadowed later by an instance attribute, and back
class Q:
    a = "class"

    def read(self):
        return self.a


q = Q()
print([q.read() for _ in range(3)])
q.a = "instance"
print([q.read() for _ in range(3)])
del q.a
print([q.read() for _ in range(3)])

# an instance attribute later shadowed by a data descriptor on the class
class R:
    def __init__(self):
        self.v = 1

    def read(self):
        return self.v

    def write(self, x):
        self.v = x


r = R()
for i in range(30):
    r.write(i)
print(r.read())
R.v = property(lambda self: "prop", lambda self, x: print("set", x))
print(r.read())
r.write(7)
print(vars(r))
del R.v
print(r.read())

# a method shadowed by an instance attribute after the site warmed
class S:
    def m(self):
        return "m"

    def go(self):
        return self.m()


s = S()
print([s.go() for _ in range(3)])
s.m = lambda: "instance m"
print(s.go())
del s.m
print(s.go())
S.m = lambda self: "patched"
print(s.go())

# a store that replaces a value whose __del__ runs Python code
class D:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


class Holder:
    def __init__(self):
        self.d = None

    def swap(self, tag):
        d = D(tag)
        self.d = d
        del d


h = Holder()
for t in ("a", "b", "c"):
    h.swap(t)
h.d = None
print("after")

# the value local unbound: the run's error is the plain instruction's
class U:
    def f(self, flag):
        if flag:
            v = 1
        self.v = v
        return self.v


u = U()
print(u.f(True))
try:
    u.f(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

# instances of several classes through one site, one class with __slots__
class A1:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


class A2:
    def __init__(self, x):
        self.x = x


class A3(A2):
    pass


class A4:
    def __init__(self, x):
        self.__dict__["x"] = x


def read(o):
    return o.x


def write(o, v):
    o.x = v


objs = [A1(1), A2(2), A3(3), A4(4), A2(5)]
for _ in range(10):
    for o in objs:
        write(o, read(o) + 1)
print([read(o) for o in objs])

# a store through a site warmed on an instance whose values later moved to a dict
class M:
    def __init__(self):
        self.a = 1
        self.b = 2

    def bump(self):
        self.a = self.a + 1
        self.b = self.a


ms = [M() for _ in range(3)]
for m in ms:
    m.bump()
vars(ms[1])["c"] = 3
for _ in range(5):
    for m in ms:
        m.bump()
print([vars(m) for m in ms])

# __setattr__ and __getattribute__ added to the class after the sites warmed
class H:
    def __init__(self):
        self.x = 0

    def step(self):
        self.x = self.x + 1
        return self.x


hh = H()
for _ in range(20):
    hh.step()


def sa(self, name, v):
    print("setattr", name, v)
    object.__setattr__(self, name, v)


def ga(self, name):
    r = object.__getattribute__(self, name)
    return r * 10 if name == "x" else r


H.__setattr__ = sa
print(hh.step())
H.__getattribute__ = ga
print(hh.step())
