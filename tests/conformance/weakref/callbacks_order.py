# Several weak references with callbacks on one object: all cleared, callbacks
# in CPython's order (newest first), the shared callback-less reference reused.
import weakref


class Obj:
    pass


o = Obj()
order = []
plain1 = weakref.ref(o)
rs = [weakref.ref(o, lambda wr, i=i: order.append(i)) for i in range(4)]
plain2 = weakref.ref(o)
print(plain1 is plain2, weakref.getweakrefcount(o), len(set(map(id, rs))))
del o
print(order, [r() for r in rs], plain1())


class Tracker:
    def __init__(self):
        self.dead = 0

    def watch(self, obj):
        def gone(wr):
            self.dead += 1
        return weakref.ref(obj, gone)


t = Tracker()
objs = [Obj() for _ in range(5)]
refs = [t.watch(x) for x in objs]
del objs[1:4]
print(t.dead, sum(r() is not None for r in refs))
objs.clear()
print(t.dead)
