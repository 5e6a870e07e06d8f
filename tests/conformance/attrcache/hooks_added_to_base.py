# Attribute hooks assigned to a base class after its subclasses exist and
# their sites are warm: every subclass instance goes through them.
class Base:
    def m(self):
        return "m"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


objs = [Base(), Mid(), Leaf()]
for o in objs:
    o.x = 1
for _ in range(30):
    vals = [(o.x, o.m()) for o in objs]
print(vals)


def ga(self, name):
    if name == "x":
        return "hooked x of " + type(self).__name__
    return object.__getattribute__(self, name)


Base.__getattribute__ = ga
print([(o.x, o.m()) for o in objs])
log = []


def sa(self, name, value):
    log.append((type(self).__name__, name, value))
    object.__setattr__(self, name, value)


Base.__setattr__ = sa
for o in objs:
    o.y = 2
print(log)
del Base.__getattribute__
del Base.__setattr__
for o in objs:
    o.z = 3
print([(o.x, o.y, o.z) for o in objs], len(log))
Mid.__delattr__ = lambda self, name: log.append(("del", name))
for o in objs:
    del o.z
print(log[-2:], [hasattr(o, "z") for o in objs])
