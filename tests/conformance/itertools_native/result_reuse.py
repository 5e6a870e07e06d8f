# enumerate, zip and the combinatoric iterators hand out their last result tuple again when
# the consumer let go of it (as CPython's do): whatever a program keeps stays as it was,
# hashes and comparisons see the new items, and tuples holding containers stay collectable.
import gc
import itertools


kept = []
for i, v in enumerate("abc"):
    kept.append((i, v))
print(kept, list(enumerate("xy", 5)), dict(enumerate("pq")))
held = [t for t in zip("ab", "cd", "ef")]
print(held, held[0] is held[1])
pairs = list(zip(range(3), range(10, 13)))
print(pairs, len({id(p) for p in pairs}))

# hashed and compared, then refilled: each tuple is hashed as what it holds now
d = {(0, 5): "a", (1, 6): "b", (2, 7): "c"}
print(list(map(d.get, zip(range(4), range(5, 9)))))
print(list(map(hash, zip(range(3), range(3)))) == [hash((k, k)) for k in range(3)])
table = {(k, k * 2): k for k in range(5)}
print([table.get(t, "-") for t in zip(range(5), range(0, 10, 2))])
print(list(map(d.__contains__, zip(range(3), range(5, 8)))))
print(sorted(set(map(tuple, map(reversed, zip("ab", "cd"))))))

# the combinatorics: unpacked results are refilled, kept ones are not
total = 0
for a, b in itertools.combinations(range(5), 2):
    total += a * 10 + b
print(total, list(itertools.permutations("abc", 2))[:3], list(itertools.product("ab", repeat=2)))
seen = []
for p in itertools.permutations((1, 2, 3)):
    seen.append(p)
print(seen, len(set(map(id, seen))))
print(list(map(sum, itertools.product(range(3), range(3)))),
      list(map(d.get, itertools.product(range(3), range(5, 8)))))
print(list(map(len, itertools.combinations_with_replacement("abc", 2))))


# a refilled tuple holding a container can still be part of a cycle the collector frees
class Node:
    def __init__(self):
        self.ref = None


gc.collect()
for i, node in enumerate([Node() for _ in range(3)]):
    node.ref = node
last = node
del node
print(gc.collect() >= 0, type(last.ref).__name__)
e = enumerate([[], []])
i, lst = next(e)
lst.append(e)  # enumerate -> result tuple -> list -> enumerate
del e, lst
print(gc.collect() > 0)

z = zip(range(3), range(3))
first = next(z)
second = next(z)
print(first, second, first is second)
del first
third = next(z)
print(third, second)
