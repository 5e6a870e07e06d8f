# __setattr__ and __delattr__ installed on a class whose store sites are warm.
class C:
    pass


c = C()
for i in range(50):
    c.a = i
print(c.a)
log = []


def sa(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)


def da(self, name):
    log.append(("del", name))
    object.__delattr__(self, name)


C.__setattr__ = sa
C.__delattr__ = da
c.a = 3
c.b = 4
print(c.a, c.b, log)
del c.a
print(log[-1], hasattr(c, "a"))
del C.__setattr__
c.a = 5
print(c.a, len(log))
