# Functions in reference cycles that carry defaults, keyword defaults and
# attributes (their extra record) are freed by the collector with all of
# it: what the defaults and attributes held dies with them.
import gc
import weakref


class Payload:
    pass


def make(i):
    d, k, a = Payload(), Payload(), Payload()

    def f(x=d, *, y=k):
        return f, x, y, i

    f.attr = a
    return f, [weakref.ref(d), weakref.ref(k), weakref.ref(a), weakref.ref(f)]


gc.collect()
refs = []
for i in range(50):
    f, r = make(i)
    refs.extend(r)
    if i % 10 == 0:
        print(f()[3], f.__defaults__[0] is r[0](), f.__kwdefaults__["y"] is r[1](), f.attr is r[2]())
    del f
gc.collect()
print(sum(r() is None for r in refs), "dead of", len(refs))


def holder():
    def g(v=[]):
        v.append(g)
        return len(v)

    g.self = g
    return g


g = holder()
print(g(), g())
w = weakref.ref(g)
g.__defaults__ = ([g],)
del g
gc.collect()
print(w() is None)
