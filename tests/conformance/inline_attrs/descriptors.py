# Instance attributes against class attributes and descriptors, read and
# written through sites that ran many times before the class changed.


class Data:
    """A data descriptor: wins over the instance's own value."""

    def __get__(self, obj, cls):
        return "data" if obj is not None else self

    def __set__(self, obj, value):
        obj.__dict__["seen"] = value


class NonData:
    """A non-data descriptor: the instance's own value wins."""

    def __get__(self, obj, cls):
        return "nondata"


class P:
    kind = "class"

    def __init__(self, x):
        self.x = x
        self.y = x * 2


def read_x(o):
    return o.x


def read_kind(o):
    return o.kind


def write_x(o, v):
    o.x = v


ps = [P(i) for i in range(50)]
total = 0
for p in ps:
    total += read_x(p)
print("warm", total, read_kind(ps[0]))

# a class attribute shadowed by an instance value, then the class changes
ps[1].kind = "own"
print(read_kind(ps[0]), read_kind(ps[1]))
P.kind = "changed"
print(read_kind(ps[0]), read_kind(ps[1]))

# a data descriptor added to the class after the site warmed wins
P.x = Data()
print(read_x(ps[2]), ps[2].y)
write_x(ps[2], 99)
print(vars(ps[2]))
del P.x
print(read_x(ps[2]), read_x(ps[3]))

# a non-data descriptor loses to the instance value, but serves instances without one
P.y = NonData()
print(ps[4].y)
del ps[4].y
print(ps[4].y, "y" in vars(ps[4]))
del P.y


# a property (data descriptor) with the same name as an old inline value
class Q:
    def __init__(self):
        self.v = 1


qs = [Q() for _ in range(5)]
print([q.v for q in qs])
Q.v = property(lambda self: "prop")
print([q.v for q in qs], vars(qs[0]))
try:
    qs[0].v = 5
except AttributeError as e:
    print("AttributeError", e)
del Q.v
print([q.v for q in qs])


# __getattr__ for what is missing, __getattribute__ for everything
class G:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):
        return "missing " + name


gs = [G() for _ in range(3)]
print(gs[0].a, gs[0].b)
del gs[1].a
print(gs[1].a)


class GA:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name == "a":
            return "intercepted"
        return object.__getattribute__(self, name)


g = GA()
print(g.a, vars(g))


# __getattribute__ added to a class after its instances' reads warmed
class Late:
    def __init__(self, n):
        self.n = n


ls = [Late(i) for i in range(10)]
print(sum(read_n.n for read_n in ls))
Late.__getattribute__ = lambda self, name: 7
print(sum(o.n for o in ls))
del Late.__getattribute__
print(sum(o.n for o in ls))
