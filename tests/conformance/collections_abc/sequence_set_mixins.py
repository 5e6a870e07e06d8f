# Sequence, MutableSequence, Set and MutableSet mixin methods.
from collections.abc import Sequence, MutableSequence, Set, MutableSet


class Sq(Sequence):
    def __init__(self, *items):
        self._x = list(items)

    def __getitem__(self, i):
        return self._x[i]

    def __len__(self):
        return len(self._x)


q = Sq(1, 2, 3, 2)
print(list(q), 2 in q, 9 in q, list(reversed(q)), q.index(2), q.index(2, 2), q.count(2))
try:
    q.index(7)
except ValueError:
    print("ValueError")


class L(MutableSequence):
    def __init__(self):
        self._x = []

    def __getitem__(self, i):
        return self._x[i]

    def __setitem__(self, i, v):
        self._x[i] = v

    def __delitem__(self, i):
        del self._x[i]

    def __len__(self):
        return len(self._x)

    def insert(self, i, v):
        self._x.insert(i, v)


l = L()
l.append(1)
l.extend([2, 3, 2])
l += [5]
print(l._x, l.index(2), l.count(2), 3 in l, list(reversed(l)))
print(l.pop(), l.pop(0), l._x)
l.remove(2)
l.reverse()
print(l._x)
l.clear()
print(l._x, isinstance(l, Sequence), isinstance(q, MutableSequence))


class S(Set):
    def __init__(self, it=()):
        self._s = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)


a = S([1, 2, 3])
b = S([2, 3, 4])
print(type(a & b).__name__, sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(a <= S([1, 2, 3, 4]), a < a, a == S([3, 2, 1]), a == {1, 2, 3}, a >= {1}, a.isdisjoint([7]))
print(a._hash() == S([3, 1, 2])._hash())


class MS(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, v):
        self._s.add(v)

    def discard(self, v):
        self._s.discard(v)


m = MS([1, 2])
m |= {5}
m -= {1}
print(sorted(m._s), m.pop(), sorted(m._s))
m ^= {5, 6}
print(sorted(m._s))
m &= {6}
print(sorted(m._s))
try:
    m.remove(42)
except KeyError as e:
    print("KeyError:", e)
m.clear()
print(len(m))
