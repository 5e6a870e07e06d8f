# Subclasses of builtin types whose methods are overridden, patched and
# restored: the builtin base's method is seen again after a delete.
class L(list):
    def append(self, x):
        super().append(x * 2)


l = L()
for i in range(10):
    l.append(i)
print(l)
del L.append
l.append(100)
print(l[-1])
L.append = lambda self, x: list.append(self, -x)
l.append(5)
print(l[-1], len(l))


class D(dict):
    def __missing__(self, k):
        return "missing " + str(k)


d = D(a=1)
for _ in range(10):
    v = d["zz"]
print(v, d["a"])
D.__missing__ = lambda self, k: 0
print(d["q"])
