# __setattr__ and __delattr__, defined with the class or replaced after a
# store site ran many times.


class C:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def store(o, v):
    o.a = v


cs = [C(i, -i) for i in range(20)]
for i, c in enumerate(cs):
    store(c, i * 10)
print([c.a for c in cs[:5]])

log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value + 1)


C.__setattr__ = logging_setattr
store(cs[0], 5)
cs[1].c = 7
print(cs[0].a, cs[1].c, log)
print(vars(cs[1]))
del C.__setattr__
store(cs[0], 6)
print(cs[0].a, len(log))


class D:
    def __init__(self):
        self.x = 1
        self.y = 2

    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)


d = D()
del d.x
print(vars(d))
try:
    del d.x
except AttributeError as e:
    print("AttributeError", e)


class Frozen:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)


try:
    Frozen().z = 1
except AttributeError as e:
    print(e)


# object.__setattr__ / __getattribute__ / __delattr__ called directly
class E:
    pass


e = E()
object.__setattr__(e, "p", 1)
object.__setattr__(e, "q", 2)
print(object.__getattribute__(e, "p"), vars(e))
object.__delattr__(e, "p")
print(vars(e))
setattr(e, "".join(["r", "s"]), 3)
print(e.rs, getattr(e, "r" + "s"), hasattr(e, "p"))
