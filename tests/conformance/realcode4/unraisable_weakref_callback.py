# An exception from a weak reference's callback cannot reach a caller: it is
# reported ("Exception ignored in: <function ...>" and its traceback on
# stderr, checked here by its last line) and the program goes on.
import gc
import weakref


class Node:
    pass


def on_death(ref):
    raise KeyError("callback failed")


refs = []
for i in range(3):
    n = Node()
    n.me = n
    refs.append(weakref.ref(n, on_death))
    del n
gc.collect()
print([r() for r in refs])
m = Node()
r = weakref.ref(m, lambda ref: print("called", ref() is None))
del m
print("still running")
