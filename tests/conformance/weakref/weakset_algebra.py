# weakref.WeakSet's set algebra: every operator and method against sets, lists, iterators and
# itself, in-place forms returning the same object, comparisons, and items dying afterwards.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


a, b, c, d = Obj('a'), Obj('b'), Obj('c'), Obj('d')


def names(ws):
    return sorted(o.name for o in ws)


def fresh(*items):
    return weakref.WeakSet(items)


s = fresh(a, b, c)
t = fresh(b, c, d)
print(names(s | t), names(s & t), names(s - t), names(s ^ t))
print(names(s.union([d])), names(s.intersection(iter([a, d]))), names(s.difference([a])),
      names(s.symmetric_difference([a, d])))
print(s.isdisjoint(t), s.isdisjoint([d]), fresh().isdisjoint([]))
print(s <= t, s < t, s >= fresh(a), s > fresh(a), s == fresh(c, b, a), s != t, s == {a, b, c},
      s.issubset([a, b, c, d]), s.issuperset(iter([a])), fresh(a) < [a, b], fresh(a) > [])
for op in ('__ior__', '__iand__', '__isub__', '__ixor__'):
    x = fresh(a, b, c)
    y = getattr(x, op)([c, d])
    print(op, y is x, names(x))
    z = fresh(a, b)
    print(op, 'self', names(getattr(z, op)(z)))
for meth in ('update', 'intersection_update', 'difference_update', 'symmetric_difference_update'):
    x = fresh(a, b, c)
    print(meth, getattr(x, meth)(iter([c, d])), names(x))
x = fresh(a, b)
print(names(x.union(x)), names(x.intersection(x)), names(x.difference(x)),
      names(x.symmetric_difference(x)), type(x.union([c])).__name__)
try:
    hash(x)
except TypeError as exc:
    print('TypeError', exc)


class MySet(weakref.WeakSet):
    pass


m = MySet([a, b])
print(type(m | [c]).__name__, type(m & [a]).__name__, type(m - [a]).__name__,
      type(m ^ [d]).__name__, type(m.copy()).__name__)
e = Obj('e')
u = fresh(a, e)
v = u | [e]
w = u ^ fresh(e)
del e
gc.collect()
print(names(u), names(v), names(w), len(u), len(v))
print(fresh(a) == [a], fresh(a).__eq__([a]), fresh(a) == fresh(a))


class NoHash:
    __hash__ = None


print(3 in fresh(a), [] in fresh(a))
try:
    NoHash() in fresh(a)
except TypeError as exc:
    print('TypeError', exc)
