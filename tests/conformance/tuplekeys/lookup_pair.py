# `key in d` then `d[key]` with the same tuple key: the second lookup finds
# the entry the first found only while that is exactly what a lookup would
# find; every change in between (values, keys, the dict, the key) shows.
import gc


def k(a, b):
    return (a, (b, "x"))


d = {k(i, i + 1): i for i in range(50)}
key = k(7, 8)
print(key in d, d[key])

# the value replaced between the two: the new value
if key in d:
    d[key] = "new"
    print(d[key])

# the key removed between: KeyError
if key in d:
    del d[key]
    try:
        print(d[key])
    except KeyError as e:
        print("KeyError", e)

# other keys added and removed (the table rebuilt) between
key = k(9, 10)
if key in d:
    for i in range(100, 400):
        d[k(i, 0)] = i
    for i in range(100, 390):
        del d[k(i, 0)]
    print(d[key], len(d))

# the dict cleared, then refilled in another order
key = k(3, 4)
if key in d:
    d.clear()
    d[k(0, 0)] = "zero"
    d[k(3, 4)] = "again"
    print(d[key], list(d.values()))

# the dict freed and another made (perhaps at its address) with the key elsewhere
for round_ in range(3):
    a = {k(i, 0): "a%d" % i for i in range(8)}
    key = k(5, 0)
    print(key in a, a[key], end=" ")
    del a
    gc.collect()
    b = {k(i, 0): "b%d" % i for i in reversed(range(8))}
    print(b[key], b.get(key), key in b)

# the key freed and a new equal or unequal tuple made in its place
d = {k(i, 0): i for i in range(10)}
for i in range(10):
    t = k(i, 0)
    found = t in d
    del t
    u = k(i + 20, 0)
    print(found, u in d, d.get(u, "absent"), end="; ")
print()

# the value itself freed and replaced through another name
d = {k(1, 1): [1, 2]}
key = k(1, 1)
if key in d:
    alias = d
    alias[key] = [3]
    print(d[key])


# a stored key with its own __eq__ (same hash as the tuple): CPython calls it
# at each lookup that meets it, the second included
class Twin:
    calls = 0

    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Twin.calls += 1
        return False


key = (1, 2)
d = {Twin(hash((1, 2))): "twin", (1, 2): "tuple"}
probe = tuple([1, 2])
print(probe in d, d[probe], d[probe], Twin.calls)


# an __eq__ that looks up another dict with a plain key while it runs
other = {k(1, 1): "o"}


class Nosy:
    calls = 0

    def __hash__(self):
        return hash(k(2, 2))

    def __eq__(self, x):
        Nosy.calls += 1
        ok = k(1, 1) in other and other[k(1, 1)] == "o"
        return False and ok


d = {Nosy(): "n", k(2, 2): "plain"}
probe = k(2, 2)
print(probe in d, d[probe], d[probe], d.get(probe), Nosy.calls)

# keys equal across types: 1 == 1.0 == True
d = {(1.0, "a"): "float"}
probe = (1, "a")
print(probe in d, d[probe], (True, "a") in d, d[(True, "a")])

# a tuple holding an object whose hash changes: looked up afresh each time
class Shifty:
    def __init__(self):
        self.h = 1

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Shifty)


s = Shifty()
d = {(s, 1): "found"}
probe = (s, 1)
print(probe in d, d[probe])
s.h = 2
print(probe in d, d.get(probe, "missed"))
try:
    d[probe]
except KeyError:
    print("KeyError after the hash changed")


# the memoizer
def memoize(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    wrapper.cache = cache
    return wrapper


@memoize
def sq(n, offset=0):
    return n * n + offset


total = 0
for i in range(2000):
    total += sq(i % 37, offset=i % 3) + sq(i % 11)
    if i % 500 == 0:
        sq.cache.clear()
print(total, len(sq.cache))
