# __getattr__ added to a class after misses were cached; then removed.
class C:
    present = 1


c = C()
misses = 0
for _ in range(20):
    try:
        c.missing
    except AttributeError:
        misses += 1
print(misses, c.present)
C.__getattr__ = lambda self, name: "hooked " + name
print(c.missing, c.present)
del C.__getattr__
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)


class D(C):
    pass


d = D()
for _ in range(10):
    getattr(d, "present")
C.__getattr__ = lambda self, name: "base hook " + name
print(d.nothing)
