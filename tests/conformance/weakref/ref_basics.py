# weakref.ref: calling gives the object or None, callbacks, hashing, equality.
import weakref


class Node:
    def __init__(self, name):
        self.name = name


n = Node("a")
r = weakref.ref(n)
print(r() is n, r().name, type(r) is weakref.ref, isinstance(r, weakref.ReferenceType))
print(weakref.ref(n) is r, weakref.getweakrefcount(n), weakref.getweakrefs(n) == [r])
events = []
r2 = weakref.ref(n, lambda wr: events.append(("died", wr is r2, wr())))
print(r2 is r, r2 == r, r2.__callback__ is not None, r.__callback__, weakref.getweakrefcount(n))
h = hash(r)
print(h == hash(n), {r: 1}[weakref.ref(n)])
del n
print(events, r(), r2(), hash(r) == h, r == r2, r != r2, r == r)
m = Node("m")
rm = weakref.ref(m)
del m
try:
    hash(rm)
except TypeError as e:
    print("TypeError:", e)
for v in (1, "s", [1], {"a": 1}, (1, 2), None):
    try:
        weakref.ref(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
