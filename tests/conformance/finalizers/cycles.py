# The collector runs __del__ of unreachable cycles before clearing them
# (PEP 442): attributes intact, each finalizer once, the cycle kept when a
# finalizer makes it reachable again and freed by a later collection.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print('del', self.name, 'peer', self.peer.name if self.peer else None)


gc.disable()
a, b = Node('a'), Node('b')
a.peer, b.peer = b, a
del a, b
print('cycle dropped')
print('found', gc.collect() > 0)
print('after collect')
solo = Node('self')
solo.peer = solo
del solo
gc.collect()
print('self cycle collected')

keep = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        print('phoenix rises')
        keep.append(self)


p = Phoenix()
probe = weakref.ref(p, lambda r: print('phoenix weakref cleared'))
del p
gc.collect()
print('kept', len(keep), keep[0].me is keep[0])
keep.clear()
print('collected again', gc.collect() > 0)
print('probe', probe())


class Holder:
    def __init__(self, name):
        self.name = name
        self.items = [self]

    def __del__(self):
        print('holder', self.name, len(self.items))


for i in range(3):
    Holder(i)
gc.collect()
print('holders done')
gc.enable()
gc.collect()
print('end')
