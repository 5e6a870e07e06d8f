# Mappings that are no plain dict: a dict subclass iterating its own way (a
# sorted dict) is copied through its keys() by dict(), update() and {**x};
# a class with keys() and __getitem__ works with {**m} and f(**m).
class Sorted(dict):
    def __iter__(self): return iter(sorted(super().keys()))
    def keys(self): return list(self)
s = Sorted(); s["b"] = 1; s["a"] = 2; s["c"] = 3
print(dict(s), {**s}, list(s))
d = {}; d.update(s); print(d)
class Plain(dict): pass
p = Plain(b=1, a=2); print(dict(p), {**p})
class Keys(dict):
    def keys(self): return ["a"]
k = Keys(a=1, b=2); print(dict(k))
class M:
    def __init__(self): self.d = {"x": 1, "y": 2}
    def keys(self): return self.d.keys()
    def __getitem__(self, k): return self.d[k] * 10
print({**M()}, dict(M()))
def f(**kw): return kw
print(f(**M()), f(**s))
try: f(**M(), x=5)
except TypeError as e: print(e)
class NotMap:
    def __getitem__(self, k): return 1
try: {**NotMap()}
except TypeError as e: print(e)
try: f(**NotMap())
except TypeError as e: print(e)
from collections import UserDict
print({**UserDict(a=1)}, f(**UserDict(b=2)))
