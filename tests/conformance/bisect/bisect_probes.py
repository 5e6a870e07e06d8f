# The probes bisect makes: which items it compares (only with <, in either
# direction), how often key runs, and when; the lo/hi windows and their
# errors; inserting with key into lists and a MutableSequence.
import bisect
from collections import UserList

log = []


class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        log.append((self.n, other.n))
        return self.n < other.n

    def __repr__(self):
        return 'V(%d)' % self.n


items = [V(n) for n in (1, 3, 3, 5, 8, 13, 21)]
for name in ('bisect_left', 'bisect_right'):
    for probe in (0, 3, 6, 30):
        del log[:]
        at = getattr(bisect, name)(items, V(probe))
        print(name, probe, at, log)
del log[:]
print(bisect.bisect_left(items, V(4), 2, 5), bisect.bisect_right(items, V(4), hi=2), log)
keys = []


def key(v):
    keys.append(v.n)
    return v.n


print(bisect.bisect_right(items, 5, key=key), keys)
del keys[:]
row = [V(2), V(4)]
bisect.insort_left(row, V(4), key=key)
bisect.insort_right(row, V(3), key=key)
bisect.insort(row, V(9), 1, key=key)
print(row, keys)
try:
    bisect.insort(row, V(0), -1, key=key)
except ValueError as exc:
    print('ValueError', exc, keys[-1])
for args in [([], 1), ([1, 2, 3], 2, 3), ([1, 2, 3], 2, 0, 1), ([1, 2, 3], 9, 1, 2),
             ([1, 2, 3], 2, 5), ([1, 2, 3], 2, 1, 1)]:
    print(args, bisect.bisect_left(*args), bisect.bisect_right(*args), bisect.bisect(*args))
try:
    bisect.bisect_right([1], 1, -3)
except ValueError as exc:
    print('ValueError', exc)
try:
    bisect.bisect_left([1, 'a'], 2)
except TypeError as exc:
    print('TypeError', exc)
u = UserList([1, 5])
bisect.insort(u, 3)
bisect.insort_left(u, 5)
print(u, bisect.bisect(u, 4), bisect.bisect_left('acex', 'd'), bisect.bisect_right((1, 1, 2), 1))
