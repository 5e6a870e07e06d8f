# list.sort and sorted compare in CPython's order (timsort: natural runs, a falling run
# turned around, binary insertion up to minrun, powersort's merge order, galloping with
# the adaptive threshold): the count of __lt__ calls and a digest of which pairs were
# compared, in which order and which way round, on inputs of many shapes and sizes.
import random


class Item:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global count, digest
        count += 1
        digest = (digest * 31 + self.v * 7 + other.v) % 1000000007
        return self.v < other.v


def shapes(n, rnd):
    yield "random", [rnd.randrange(n * 2 + 1) for _ in range(n)]
    yield "sorted", list(range(n))
    yield "reversed", list(range(n, 0, -1))
    yield "sawtooth", [i % 17 for i in range(n)]
    yield "dups", [rnd.randrange(4) for _ in range(n)]
    half = n // 2
    yield "runs", sorted(rnd.randrange(100) for _ in range(half)) + [rnd.randrange(100) for _ in range(n - half)]
    yield "organ", list(range(half)) + list(range(n - half, 0, -1))
    yield "nearly", [i + (rnd.randrange(9) if i % 50 == 0 else 0) for i in range(n)]


rnd = random.Random(2024)
sizes = list(range(0, 20)) + [31, 32, 33, 63, 64, 65, 66, 100, 127, 128, 129, 255, 256, 257, 600, 1025, 2000]
for n in sizes:
    line = []
    for name, data in shapes(n, rnd):
        for reverse in (False, True):
            count = digest = 0
            items = [Item(v) for v in data]
            if reverse:
                items.sort(reverse=True)
            else:
                items = sorted(items)
            assert [i.v for i in items] == sorted(data, reverse=reverse)
            line.append("%s%s=%d/%d" % (name[:3], "r" if reverse else "", count, digest % 1000))
    print(n, " ".join(line))

# three objects: two comparisons find the run, then binary insertion
calls = []


class Logged:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        calls.append(self.name + "<" + other.name)
        return self.name < other.name


print([o.name for o in sorted([Logged("b"), Logged("c"), Logged("a")])], calls)
