class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __iter__(self):
        return Countdown(self.hi - self.lo)


print(list(Countdown(3)))
for i in Countdown(2):
    print("tick", i)
print(sum(Range2(0, 4)), sorted(Range2(1, 4)), 2 in Range2(0, 5), 9 in Range2(0, 5))
it = iter(Countdown(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("done")
print([x * 10 for x in Countdown(3)], dict(zip("ab", Countdown(2))))
a, b, c = Countdown(3)
print(a, b, c)


class NotIt:
    def __iter__(self):
        return 5


try:
    iter(NotIt())
except TypeError as e:
    print(e)
try:
    for _ in object():
        pass
except TypeError as e:
    print(e)
