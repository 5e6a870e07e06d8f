# Properties whose getter or setter runs as a frame straight from the
# attribute instruction: exact and inexact parameter lists, errors, deep
# recursion, closures, generators and replacement after the site warmed.
import sys


class T:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x if x > 0 else 1


t = T()
for i in range(-3, 40):
    t.v = t.v + i
print(t.v)


# a getter and a setter with defaults and *args (not the exact call)
class W:
    def g(self, extra=5):
        return extra

    def s(self, x, *rest):
        print("set", x, rest)

    p = property(g, s)


w = W()
for _ in range(3):
    w.p = w.p
print(w.p)


# a getter that raises; a setter that raises
class E:
    @property
    def bad(self):
        raise KeyError("bad")

    @bad.setter
    def bad(self, v):
        raise ValueError(v)


e = E()
for _ in range(3):
    try:
        e.bad
    except KeyError as x:
        print("get", repr(x))
    try:
        e.bad = 4
    except ValueError as x:
        print("set", repr(x))


# a getter returning a value other than None from a setter is dropped
class N:
    @property
    def n(self):
        return 3

    @n.setter
    def n(self, v):
        return "ignored"


nn = N()
for _ in range(3):
    nn.n = 5
print(nn.n)


# recursion through a property
class Deep:
    def __init__(self, k):
        self.k = k

    @property
    def depth(self):
        return 0 if self.k == 0 else 1 + Deep(self.k - 1).depth


print(Deep(200).depth)
try:
    Deep(10 ** 6).depth
except RecursionError:
    print("RecursionError")


# a getter that is a closure, and a generator function as a getter
def make(tag):
    def g(self):
        return tag + str(self.i)

    return g


class C:
    name = property(make("c"))

    def __init__(self, i):
        self.i = i

    @property
    def gen(self):
        yield self.i
        yield self.i + 1


print([C(i).name for i in range(3)], [list(C(i).gen) for i in range(2)])

# the property replaced, and removed, after the sites warmed
class R:
    def __init__(self):
        self.__dict__["x"] = "inst"

    x = property(lambda self: "p1")


def rd(o):
    return o.x


r = R()
print([rd(r) for _ in range(3)])
R.x = property(lambda self: "p2")
print(rd(r))
del R.x
print(rd(r))
R.x = property(lambda self: "p3", lambda self, v: print("p3 set", v))
r.x = 1
print(rd(r))
print(sys.getrecursionlimit() > 0)
