# Where a miss's result goes: the store after the call finds the key's place in the index
# during its own lookup, so these check that the place is still right when the call or a
# comparison changed the cache meanwhile (entries added past an index rebuild, entries
# evicted, the cache cleared), with colliding hashes and many entries coming and going.
import functools


class Key:
    """Equal to another Key of the same n; its hash collides with every other Key's, and
    its __eq__ may run a callback (which calls the cached function)."""

    def __init__(self, n, on_eq=None):
        self.n = n
        self.on_eq = on_eq

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.on_eq is not None:
            cb, self.on_eq = self.on_eq, None
            cb()
        return isinstance(other, Key) and other.n == self.n

    def __repr__(self):
        return "Key(%d)" % self.n


# 1. unbounded: while the call runs, a stored key is armed so that the store's lookup
# (which compares it with the new key) adds 200 entries, rebuilding the index under the
# store; the result must still land where later lookups find it
k1 = Key(1)


@functools.lru_cache(maxsize=None)
def grow(x):
    if isinstance(x, Key) and x.n == 3:
        grow(-1)  # an entry comes during the call: the store looks the key up
        k1.on_eq = lambda: [grow(i) for i in range(200)]
    return ("r", x if not isinstance(x, Key) else x.n)


grow(k1)
grow(Key(2))
print(grow(Key(3)), grow.cache_info(), k1.on_eq)
print(grow(Key(3)), grow(Key(1)), grow(Key(2)), grow(150), grow.cache_info())

# 2. bounded: the store's lookup clears the cache. (Not unbounded: CPython 3.11's dict
# insert, cleared under its own lookup, files the key where no later lookup finds it.)
k10 = Key(10)


@functools.lru_cache(maxsize=8)
def clears(x):
    if isinstance(x, Key) and x.n == 11:
        clears(-1)
        k10.on_eq = clears.cache_clear
    return ("c", x if not isinstance(x, Key) else x.n)


clears(k10)
print(clears(Key(11)), clears.cache_info())
print(clears(Key(11)), clears(Key(10)), clears.cache_info())

# 3. bounded: the store's lookup adds entries past maxsize, evicting the key it compares
k20 = Key(20)


@functools.lru_cache(maxsize=8)
def small(x):
    if isinstance(x, Key) and x.n == 21:
        small(-1)
        k20.on_eq = lambda: [small(100 + i) for i in range(6)]
    return ("s", x if not isinstance(x, Key) else x.n)


small(k20)
for i in range(3):
    small(i)
print(small(Key(21)), small.cache_info())
print(small(Key(21)), small.cache_info())
print([small(100 + i) for i in range(6)], small.cache_info())

# 4. a recursion that caches its own key before its store (unbounded keeps the newer
# result, bounded the older), over keys whose lane hashes collide in a small index
for maxsize in (None, 3, 64):
    @functools.lru_cache(maxsize=maxsize)
    def again(n, depth):
        if depth < 2:
            return (n, depth, again(n, depth + 1)[1] if depth == 0 else depth)
        return (n, depth)
    print(maxsize, again(5, 0), again(5, 1), again(5, 2), again.cache_info())


# 5. many entries coming and going in a bounded cache, checked against a model of the
# recency order kept here
@functools.lru_cache(maxsize=37)
def sq(n, m):
    return n * n + m


order = []
hits = misses = 0
total = 0
for step in range(6000):
    key = ((step * 7919) % 97, step % 3)
    if key in order:
        hits += 1
        order.remove(key)
    else:
        misses += 1
        if len(order) == 37:
            order.pop(0)
    order.append(key)
    total += sq(*key)
info = sq.cache_info()
print(total, info, (info.hits, info.misses) == (hits, misses))

# 6. an unbounded cache over ints and strs of every size, grown in steps: each lookup
# after its store finds it
@functools.lru_cache(maxsize=None)
def tag(a, b):
    return "%s/%s" % (a, b)


bad = 0
for n in range(3000):
    a = n if n % 3 else "s%d" % n
    b = -n if n % 2 else 2 ** 62 + n
    tag(a, b)
    if tag(a, b) != "%s/%s" % (a, b):
        bad += 1
print(bad, tag.cache_info())
