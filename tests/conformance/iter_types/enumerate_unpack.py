# `for i, x in enumerate(seq)` over tuples and lists: counts from any start
# (negative, past the small-int range), lists changing during the loop, an
# enumerate shared with next(), other loop targets, and other sources.

for i, x in enumerate(("a", "b", "c")):
    print(i, x)
for i, x in enumerate(["a", "b"], -3):
    print(i, x)
for start in (2**62 - 2, -(2**62) - 1, 2**61, -(2**61) - 2):
    print([(i, x) for i, x in enumerate("xyz", start)])
    out = []
    for i, x in enumerate(["p", "q", "r"], start):
        out.append((i, x))
    print(out, type(out[-1][0]).__name__)

grow = [1, 2, 3]
for i, x in enumerate(grow):
    if i < 4:
        grow.append(x * 10)
print(grow)
shrink = list(range(8))
seen = []
for i, x in enumerate(shrink):
    seen.append((i, x))
    if i == 2:
        del shrink[4:]
print(seen)

e = enumerate((10, 20, 30, 40, 50))
for i, x in e:
    print("loop", i, x, "next", next(e, None))
print("after", next(e, "exhausted"), list(e))

pairs = [(1, 2), (3, 4)]
for i, (a, b) in enumerate(pairs):
    print(i, a + b)
for t in enumerate(("k", "l")):
    print(t, type(t).__name__)
for i, *rest in enumerate([[1, 2], [3]]):
    print(i, rest)
for i, x in enumerate(range(3)):
    print(i, x)
for i, x in enumerate(c for c in "gen"):
    print(i, x)
for i, x in enumerate({"d": 1, "e": 2}):
    print(i, x)
for i, x in enumerate(()):
    print("never")


class Seq(list):
    pass


for i, x in enumerate(Seq([7, 8])):
    print("subclass", i, x)


class Counted(enumerate):
    pass


for i, x in Counted(["m", "n"], 5):
    print("enumerate subclass", i, x)

try:
    for i, x, y in enumerate([1, 2]):
        pass
except ValueError as exc:
    print("ValueError", exc)


class Loud:
    def __del__(self):
        print("del Loud")


items = [Loud()]
for i, x in enumerate(items):
    print("holding", i)
del x
items.clear()
print("cleared")


def g():
    total = 0
    for i, v in enumerate((3, 1, 4, 1, 5, 9, 2, 6)):
        total += i * v
    return total


print(sum(g() for _ in range(100)), sum(i * v for i, v in enumerate([5, 6, 7])))
