# Tuple keys made, looked up and freed over and over (each new tuple may take
# the memory of the last one): every lookup must see the new tuple's
# contents, never a hash or an equality remembered from an old one.


def lookups():
    d = {}
    for i in range(50):
        d[(i, str(i))] = i
    hits = misses = 0
    for r in range(3):
        for i in range(60):
            k = (i, str(i))
            if k in d:
                hits += d[k]
            else:
                misses += 1
            del k
            k = (i + 1, str(i))  # same shape, other contents, likely same address
            if k in d:
                hits += 1000
            del k
    return hits, misses


print(lookups())


def hashes_agree():
    bad = 0
    for i in range(3000):
        k = (i % 7, "x" * (i % 5), (i % 3,))
        h = hash(k)
        del k
        if h != hash((i % 7, "x" * (i % 5), (i % 3,))):
            bad += 1
        if hash((i % 11,)) != hash((i % 11,)):
            bad += 1
    return bad


print(hashes_agree())


def memoized():
    cache = {}
    calls = 0

    def f(*args, **kwargs):
        nonlocal calls
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            calls += 1
            cache[key] = sum(args) + sum(v for _, v in kwargs.items())
        return cache[key]

    total = 0
    for i in range(400):
        total += f(i % 13, i % 4, z=i % 3)
        total += f(i % 5, y=i % 2)
        total += f(i % 13, i % 4, z=(i + 1) % 3)
    return total, calls, len(cache)


print(memoized())


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


def changing_hash():
    # a tuple holding an object whose hash changes: hashed afresh every time
    k = Key(1)
    t = (k, 2)
    d = {t: "first"}
    k.v = 5
    found = t in d
    d[t] = "second"
    return found, len(d), sorted(v for v in d.values())


print(changing_hash())


def equal_pairs():
    d = {(1, ("a", 2)): "x"}
    out = []
    for i in range(5):
        k = (1, ("a", 2 + i % 2))
        out.append(d.get(k, "-"))
        del k
    d[(1, ("a", 3))] = "y"
    for i in range(4):
        out.append(d[(1, ("a", 2 + i % 2))])
    return out


print(equal_pairs())
