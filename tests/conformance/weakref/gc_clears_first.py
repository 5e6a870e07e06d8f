# The collector clears weak references to garbage before anything is torn down:
# a callback sees its reference dead and cannot reach the garbage.
import gc
import weakref

seen = []


class Holder:
    def __init__(self, name):
        self.name = name


def cycle(name):
    a = Holder(name)
    b = Holder(name + "'")
    a.peer = b
    b.peer = a
    return a


gc.disable()
x = cycle("x")
rx = weakref.ref(x, lambda wr: seen.append(("x", wr())))
ry = weakref.ref(x.peer, lambda wr: seen.append(("peer", wr())))
del x
print(rx() is not None, ry().name, seen)
print(gc.collect() > 0, sorted(seen), rx(), ry())
gc.enable()
