# Collections whose garbage mixes closures in cycles, objects with weak
# references (callbacks run after the collection, the garbage already
# unreachable through them), suspended generators (their finally runs when the
# collector frees them) and plain cycles, one kind at a time and all together.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def closure_cycle(i):
    def again(n):
        return i if n <= 0 else again(n - 1)

    return again


def node_cycle(name):
    a, b = Node(name), Node(name + "'")
    a.peer, b.peer = b, a
    return a


def gen_cycle(name):
    def run():
        try:
            yield 1
            yield 2
        finally:
            log.append("finally " + name)

    g = run()
    next(g)
    holder = Node(name)
    holder.peer = holder
    holder.gen = g
    g_frame_keeps = [holder]
    holder.keep = g_frame_keeps
    return holder


gc.disable()

# closures only
fs = [closure_cycle(i) for i in range(50)]
print(sum(f(3) for f in fs))
del fs
print("closures", gc.collect() >= 50)

# weak references only: callbacks after the collection, in registration order
nodes = [node_cycle("w%d" % i) for i in range(3)]
refs = [weakref.ref(n, lambda r, i=i: log.append(("cb", i, r()))) for i, n in enumerate(nodes)]
del nodes
print("weak", gc.collect() >= 6, [r() for r in refs])
print(log)
log.clear()

# a weak reference that is itself garbage never calls back
n = node_cycle("self")
n.ref = weakref.ref(n.peer, lambda r: log.append("never"))
del n
print("self-ref", gc.collect() >= 2, log)

# suspended generators in cycles
g1 = gen_cycle("g1")
del g1
print("gens", gc.collect() >= 2, log)
log.clear()

# everything in one collection
stuff = []
for i in range(5):
    stuff.append(closure_cycle(i))
    stuff.append(node_cycle("m%d" % i))
    stuff.append(gen_cycle("mg%d" % i))
wr = weakref.ref(stuff[1], lambda r: log.append(("mixed cb", r())))
del stuff
print("mixed", gc.collect() >= 20, wr())
print(sorted(str(x) for x in log))
gc.enable()
