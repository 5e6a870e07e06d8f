# l[i] = v on lists: positive and negative indexes, out of range, bools, big
# ints, other index types, list subclasses, slices, and old items released.


class Logged(list):
    def __setitem__(self, i, v):
        print("Logged.__setitem__", i, v)
        super().__setitem__(i, v)


l = list(range(6))
l[0] = "a"
l[5] = "f"
l[-1] = "F"
l[-6] = "A"
l[True] = "bool one"
l[False] = "bool zero"
print(l)
for i in (6, -7, 2**62, -(2**62), 2**70, -(2**70)):
    try:
        l[i] = 0
    except IndexError as exc:
        print("IndexError", i, exc)
for i in ("1", 1.0, None, (1,)):
    try:
        l[i] = 0
    except TypeError as exc:
        print("TypeError", exc)
e = []
try:
    e[0] = 1
except IndexError as exc:
    print("IndexError", exc)
try:
    e[-1] = 1
except IndexError as exc:
    print("IndexError", exc)
l[1:3] = [9, 9, 9]
l[::2] = [0] * 4
print(l)

g = Logged([1, 2, 3])
g[0] = 10
g[-1] = 30
print(g)

t = (1, 2)
try:
    t[0] = 5
except TypeError as exc:
    print("TypeError", exc)
try:
    "abc"[0] = "x"
except TypeError as exc:
    print("TypeError", exc)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "list now", [getattr(x, "name", x) for x in items])


items = [Noisy("a"), Noisy("b")]
items[0] = "replaced a"
items[-1] = items[-1]  # the same object stored again: nothing released
print([getattr(x, "name", x) for x in items])
items[1] = 3
print(items)

# a loop over a list storing into it, and over a tuple display
acc = [0] * 10
for i in range(1000):
    acc[i % 10] = acc[i % 10] + i
    acc[-(i % 10) - 1] += 1
print(acc)
total = 0
for n in range(100):
    for w in (n * 3 % 7, n + 1, -n):
        total = total * 31 + w & 0xFFFFFFFF
print(total)
