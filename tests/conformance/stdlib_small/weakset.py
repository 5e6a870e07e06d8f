# weakref.WeakSet: a registry whose members leave when nothing else keeps them alive.
import gc
import weakref


class Listener:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Listener(%r)" % self.name


a, b, c = Listener("a"), Listener("b"), Listener("c")
ws = weakref.WeakSet([a, b])
ws.add(c)
print(len(ws), a in ws, Listener("z") in ws, 5 in ws, sorted(x.name for x in ws))
del b
gc.collect()
print(len(ws), sorted(x.name for x in ws))
ws.discard(a)
ws.discard(a)
print(len(ws), [x.name for x in ws])
try:
    ws.remove(a)
except KeyError:
    print("KeyError")
other = weakref.WeakSet([a, c])
print(sorted(x.name for x in ws | other), sorted(x.name for x in other - ws), sorted(x.name for x in ws & other))
print(ws <= other, ws < other, other >= ws, ws == weakref.WeakSet([c]), ws.isdisjoint(weakref.WeakSet([a])))
cp = other.copy()
del c
gc.collect()
print(len(ws), len(other), len(cp), cp.pop().name, len(cp))
try:
    cp.pop()
except KeyError as e:
    print("KeyError", e)
try:
    hash(ws)
except TypeError as e:
    print("TypeError", e)
ws.update([a])
ws.clear()
print(len(ws), list(ws))
