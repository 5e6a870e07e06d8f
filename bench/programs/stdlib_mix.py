# stdlib_mix: closure code leaning on the standard library: functools.lru_cache
# memoizing recursive big-integer functions (partitions, binomials, Catalan
# numbers), itertools pipelines (permutations, combinations, product, groupby,
# chain, islice, accumulate) and collections.deque (a breadth-first search and
# a sliding window with maxlen). No Lua version: Lua has none of these.
import functools
import itertools
from collections import deque


def checksum(x):
    return x % 1000000007


# ---- lru_cache over big-integer recursions ---------------------------------------------

def make_partitions():
    @functools.lru_cache(maxsize=None)
    def p(n, k):
        # partitions of n into parts of size at most k
        if n == 0:
            return 1
        if n < 0 or k == 0:
            return 0
        return p(n - k, k) + p(n, k - 1)
    return p


@functools.lru_cache(maxsize=4096)
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


@functools.cache
def catalan(n):
    if n < 2:
        return 1
    return sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


total = 0
for rounds in range(3):
    p = make_partitions()
    for n in range(0, 360, 12):  # grown in steps: the recursion stays shallow
        total += checksum(p(n, n))
    total += p.cache_info().currsize
for n in range(0, 400, 4):
    for k in range(0, n + 1, 7):
        total += checksum(binom(n, k))
total += binom.cache_info().hits % 1000
for n in range(0, 260):
    total += checksum(catalan(n))

# ---- itertools pipelines ---------------------------------------------------------------

def score(perm):
    return sum(i * v for i, v in enumerate(perm))


for perm in itertools.permutations(range(8)):
    total += score(perm) & 7
for combo in itertools.combinations(range(22), 4):
    total += (combo[0] * combo[3]) ^ combo[1]
for a, b, c in itertools.product(range(30), "xyz", (True, False, None)):
    total += a + len(b) + (c is None)
words = sorted("w%d" % (k * 7919 % 5003) for k in range(30000))
for key, group in itertools.groupby(words, key=lambda w: w[:3]):
    total += len(key) + sum(1 for _ in group)
chained = itertools.chain.from_iterable(range(k) for k in range(400))
total += sum(itertools.islice(chained, 5, None, 3))
total += checksum(sum(itertools.accumulate(range(1, 3000), lambda x, y: x * y % 2**89)))
total += sum(x * y for x, y in itertools.pairwise(itertools.islice(itertools.count(3, 2), 40000)))

# ---- deque: breadth-first search and a sliding window ---------------------------------

def bfs(n, start):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for w in ((v * 3 + 1) % n, (v * 7 + 5) % n, (v + 1) % n):
            if w not in dist:
                dist[w] = dist[v] + 1
                queue.append(w)
    return sum(dist.values())


for s in range(6):
    total += bfs(40000, s)
window = deque(maxlen=64)
for k in range(200000):
    window.append(k * k % 1009)
    if k % 64 == 0:
        total += window[0] + window[-1] + len(window)
ring = deque(range(1000))
for k in range(20000):
    ring.rotate(k % 17 - 8)
    total += ring[0]
print(total)
