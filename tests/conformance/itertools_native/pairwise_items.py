# pairwise hands out a new tuple per pair, as CPython 3.11's does (it does not refill its
# last result as the combinatoric iterators do): tuples a program keeps stay as they were,
# hashes and lookups see each pair, an item's finalizer runs when the consumer drops the
# pair holding it (and may advance the same pairwise), and errors of the input (a
# generator raising midway, inside islice, chain and accumulate too) pass through.
import gc
import itertools


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(list(itertools.pairwise(range(5))), list(itertools.pairwise("a")), list(itertools.pairwise([])))
kept = [p for p in itertools.pairwise("abcd")]
print(kept, len({id(p) for p in kept}))
total = 0
for a, b in itertools.pairwise(range(1, 1000)):
    total += a * b
print(total)
d = {(k, k + 1): k for k in range(10)}
print(list(map(d.get, itertools.pairwise(range(12)))))
print(list(map(hash, itertools.pairwise(range(4)))) == [hash((k, k + 1)) for k in range(3)])
print(sorted(set(itertools.pairwise([1, 2, 1, 2, 1]))))
keep_some = []
for k, p in enumerate(itertools.pairwise(range(8))):
    if k % 3 == 0:
        keep_some.append(p)
print(keep_some)

# a finalizer of the item a refill drops advances the same pairwise
events = []


class Loud:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        events.append(self.n)
        if self.n == 2 and pw is not None:
            events.append(("inner", next(pw, None)))

    def __repr__(self):
        return "L%d" % self.n


def loud_items():
    for n in range(6):
        yield Loud(n)


pw = itertools.pairwise(loud_items())
out = []
for a, b in pw:
    out.append((a.n, b.n))
    del a, b
pw = None
gc.collect()
print(out, [e if not isinstance(e, tuple) else (e[0], repr(e[1])) for e in events])


# the input raising midway, directly and through islice, chain and accumulate
def raising(n):
    for k in range(n):
        yield k
    raise ValueError("stop at %d" % n)


def run(make):
    got = []
    try:
        for p in make():
            got.append(p)
    except Exception as e:
        got.append("%s: %s" % (type(e).__name__, e))
    return got


print(run(lambda: itertools.pairwise(raising(3))))
print(run(lambda: itertools.pairwise(itertools.islice(raising(4), 1, None))))
print(run(lambda: itertools.pairwise(itertools.chain(range(2), raising(2)))))
print(run(lambda: itertools.pairwise(itertools.accumulate(raising(4)))))
print(run(lambda: itertools.islice(itertools.pairwise(raising(5)), 0, None, 2)))
p = itertools.pairwise(raising(2))
print(next(p), attempt(lambda: next(p)), attempt(lambda: next(p)))


# a generator that advances the pairwise it feeds: "generator already executing"
def feeding():
    yield 1
    yield next(q)


q = itertools.pairwise(feeding())
print(attempt(lambda: list(q)))

# result tuples holding containers in a cycle stay collectable
gc.collect()
lists = [[] for _ in range(4)]
pairs = itertools.pairwise(lists)
first = next(pairs)
first[0].append(pairs)  # pairwise -> its input -> list -> pairwise
del pairs, first, lists
print(gc.collect() > 0)
