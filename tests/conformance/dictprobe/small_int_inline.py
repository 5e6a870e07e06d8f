# `k in d`, `k not in d` and `d[k]` with a small int key on an exact dict are
# probed inline; a stored key of the same hash that is another object (a float,
# a bool, a big int of that hash) must still compare with ==, and anything that
# is not an exact dict keeps its own methods.
from collections import Counter, OrderedDict, defaultdict


def probe(d, keys):
    out = []
    for k in keys:
        out.append((k in d, k not in d))
    return out


d = {1: "a", 2: "b", -1: "m1", -2: "m2", 0: "z"}
print(probe(d, [0, 1, 2, 3, -1, -2, -3]))
print(d[1], d[-1], d[-2], d[0])
try:
    d[7]
except KeyError as e:
    print("KeyError", e)

# equal keys of other types: stored float / bool, probed by int, and back
f = {1.0: "float one", 2.5: "x", True: "ignored"}
print(1 in f, 2 in f, f[1], len(f))
b = {True: "t", False: "f"}
print(1 in b, 0 in b, 2 in b, b[1], b[0])
# a big int whose hash equals a small int's: same hash, not equal
big = 2**61 - 1 + 5
print(hash(big) == hash(5))
g = {big: "big"}
print(5 in g, big in g, g[big])
g[5] = "five"
print(5 in g, g[5], g[big], len(g))
del g[big]
print(5 in g, big in g, g[5])
# -1 and -2 hash alike
h = {-2: "minus two"}
print(-1 in h, -2 in h, h[-2])
h[-1] = "minus one"
print(h[-1], h[-2])

# deleted entries leave dummies the probe must walk past
e = {k: k * k for k in range(100)}
for k in range(0, 100, 3):
    del e[k]
print(sum(1 for k in range(120) if k in e), sum(e[k] for k in range(100) if k in e))
for k in range(0, 100, 3):
    e[k] = -k
print(sum(1 for k in range(120) if k in e), e[99], e[98])

# every index width: 8, 256, 65536+ slots
for n in (5, 200, 50000):
    big_d = {k * 7: k for k in range(n)}
    hits = sum(1 for k in range(n * 7) if k in big_d)
    total = sum(big_d[k * 7] for k in range(0, n, 3))
    print(n, hits, total, (n * 7) in big_d, -7 not in big_d)

# an empty dict (no table)
print(1 in {}, 1 not in {})

# subclasses keep their own methods
class Always(dict):
    def __contains__(self, k):
        return True

    def __getitem__(self, k):
        return ("item", k)


a = Always({1: 2})
print(5 in a, 5 not in a, a[1], a[9])


class Missing(dict):
    def __missing__(self, k):
        return ("missing", k)


m = Missing({1: 2})
print(1 in m, 3 in m, m[1], m[3])
dd = defaultdict(list)
print(4 in dd, dd[4], 4 in dd)
c = Counter([1, 1, 2])
print(1 in c, 3 in c, c[1], c[3], 3 in c)
od = OrderedDict([(3, "c"), (1, "a")])
print(3 in od, 2 in od, od[1])

# unhashable and other keys take the general path
for bad in ([], {}, set()):
    try:
        bad in d
    except TypeError as err:
        print("TypeError", err)
    try:
        d[bad]
    except TypeError as err:
        print("TypeError", err)
print("1" in {1: 0}, 1 in {"1": 0}, (1,) in {(1,): 0}, None in {None: 0})

# mutated while probing in a loop
w = {}
for k in range(300):
    if k - 1 in w:
        del w[k - 1]
    w[k] = k
    if k % 50 == 0:
        w.clear()
print(len(w), sorted(w)[:3], 299 in w, w[299])
