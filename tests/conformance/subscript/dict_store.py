# d[k] = v on exact dicts (small ints, strs, tuples and other keys), on dict
# subclasses with and without __setitem__, unhashable keys, stores during
# iteration, equal keys of other types, and values whose release runs code.


class Loud(dict):
    def __setitem__(self, key, value):
        print("Loud.__setitem__", key, value)
        super().__setitem__(key, value * 2)


class Quiet(dict):
    pass


d = {}
for k in range(20):
    d[k] = k * k
    d[-k] = k
for k in range(0, 20, 3):
    d[k] = "replaced"
print(len(d), d[3], d[4], d[-19], list(d)[:6])

s = {}
for w in ["a", "bb", "a", "c" * 40, "bb"]:
    s[w] = s.get(w, 0) + 1
print(s)
# a str key built at run time (not the stored object) replaces the same entry
key = "".join(["b", "b"])
s[key] = 99
print(s["bb"], len(s))

t = {}
t[(1, "x")] = 1
t[(1, "x")] = 2
t[1, ("x", 2)] = 3
t[None] = 4
t[2.5] = 5
t[frozenset({1})] = 6
print(t)

# equal keys of other types keep the first key, replace the value
e = {1: "int"}
e[1.0] = "float"
e[True] = "bool"
print(e, list(e.keys())[0].__class__.__name__)
e2 = {1.0: "float"}
e2[1] = "int"
print(e2)
big = {}
big[2**70] = "big"
big[2**70] = "big again"
big[-(2**63)] = "min"
print(big)

loud = Loud()
loud["x"] = 5
loud[3] = 1
print(loud)
q = Quiet()
q[1] = 2
q["a"] = "b"
print(q, type(q).__name__)

for bad in ([1], {2: 3}, {4}, slice(1, 2)):
    try:
        d[bad] = 1
    except TypeError as exc:
        print("TypeError", exc)
try:
    d[(1, [2])] = 1
except TypeError as exc:
    print("TypeError", exc)


class BadHash:
    def __hash__(self):
        raise ValueError("no hash")


try:
    d[BadHash()] = 1
except ValueError as exc:
    print("ValueError", exc)

# a new key during iteration: RuntimeError at the next step; a present key's
# value replaced during iteration is allowed
it = {1: 1, 2: 2, 3: 3}
for k in it:
    it[k] = k * 10
print(it)
try:
    for k in it:
        it[k + 100] = 0
except RuntimeError as exc:
    print("RuntimeError", exc)
try:
    for k in it:
        it[str(k)] = 0
except RuntimeError as exc:
    print("RuntimeError", exc)


# the old value's release runs a finalizer after the store
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees", sorted(map(str, holder)))


holder = {"k": Noisy("first"), 7: Noisy("seven")}
holder["k"] = "second"
holder[7] = "eight"
print(holder)

# a dict that grows past several resizes through the store alone
g = {}
for i in range(5000):
    g[i * 7919 % 10007] = i
    g["s%d" % i] = i
print(len(g), g[7919], g["s4999"], sum(g.values()) % 1000)
