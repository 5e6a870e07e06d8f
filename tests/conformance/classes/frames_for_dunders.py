class Seq:
    def __init__(self, n):
        self.n = n
        self.log = []

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i

    def __setitem__(self, i, v):
        self.log.append((i, v))
        return "ignored"


class Walker:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        return self.take()

    def take(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 // 5 + 32

    @property
    def broken(self):
        return self.missing


s = Seq(4)
print([s[i] for i in range(4)], s[3])
s[1] = "a"
s[2] = s[1]
print(s.log)
print(list(Walker("abc")), [x for x in Walker([1, 2]) for _ in range(2)])
for x in Walker([10]):
    for y in Walker([1, 2]):
        print(x + y, end=" ")
print()
t = Temp(100)
print(t.f, [Temp(c).f for c in (0, 37)])
try:
    t.broken
except AttributeError as e:
    print(e)
try:
    s[9]
except IndexError as e:
    print(e)


def deep(obj, n):
    return obj[n]


class Recur:
    def __getitem__(self, n):
        return n if n == 0 else self[n - 1] + 1


print(Recur()[50])
try:
    Recur()[100000]
except RecursionError:
    print("RecursionError")
t.broken
