# bounded caches keep their entries in use order: hits refresh an entry,
# misses past maxsize evict the oldest, through clears, recursion, keys with
# a Python __eq__ and a result that is the wrapper's only reference
import functools
import random

rng = random.Random(7)


def model_run(maxsize, keys):
    """The cache's behaviour written out with a list, for comparison."""
    order, hits, misses, calls = [], 0, 0, []
    for k in keys:
        if k in order:
            hits += 1
            order.remove(k)
            order.append(k)
        else:
            misses += 1
            calls.append(k)
            if len(order) >= maxsize:
                order.pop(0)
            order.append(k)
    return calls, hits, misses, len(order)


for maxsize in (1, 2, 3, 5, 8, 64):
    keys = [rng.randrange(12) for _ in range(400)]
    calls = []

    @functools.lru_cache(maxsize=maxsize)
    def f(k):
        calls.append(k)
        return -k

    assert all(f(k) == -k for k in keys)
    info = f.cache_info()
    want = model_run(maxsize, keys)
    print(maxsize, calls == want[0], (info.hits, info.misses, info.currsize) == want[1:])

# tuple keys, keyword arguments and clears in between
@functools.lru_cache(maxsize=4)
def pair(a, b=0):
    return (a, b)


for step in range(30):
    pair(step % 6, b=step % 2)
    pair(step % 5)
    if step == 17:
        pair.cache_clear()
print(pair.cache_info())

# recursion fills a small cache while an outer call is still running
@functools.lru_cache(maxsize=16)
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


print(binom(40, 20), binom.cache_info())
print(sum(binom(n, k) for n in range(30) for k in range(n + 1)), binom.cache_info())


# a key whose __eq__ calls the cached function (a hit: the cache's dict is
# not modified while it is being searched)
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        if self.v == 4:
            reentrant(Key(1))
        return isinstance(other, Key) and self.v == other.v


@functools.lru_cache(maxsize=3)
def reentrant(k):
    return k.v * 2


for v in (1, 4, 1, 4, 4, 1, 4, 2, 4, 1):
    print(reentrant(Key(v)), end=" ")
print(reentrant.cache_info().currsize <= 3)

# the typed flag separates 1 from 1.0 in a bounded cache
@functools.lru_cache(maxsize=2, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(1), typed(True), typed(1.0), typed.cache_info())
