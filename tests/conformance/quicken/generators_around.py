# Generators suspended around fused instructions: yields between and inside
# the runs, loops over generators and over iterators written in Python (the
# fused FOR_ITER's slow paths), send() into an arithmetic run.


def counter(n):
    t = 0
    for i in range(n):
        t = t + i
        yield t
        t = t * 1


def acc():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total = total + got


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n = self.n - 1
        return self.n


def consume(it):
    s = 0
    for x in it:
        s = s + x
    return s


print(list(counter(6)))
print(consume(counter(5)), consume(Countdown(5)), consume(iter([4, 5, 6])))
g = acc()
print(next(g), g.send(3), g.send(4), g.send(-10))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)


def delegate(n):
    r = yield from counter(n)
    x = 1
    x = x + 1
    yield x


print(list(delegate(3)))


def interleave(a, b):
    ga, gb = counter(a), counter(b)
    out = []
    for x in ga:
        y = next(gb, -1)
        out.append(x - y)
    return out


print(interleave(5, 3))
print(sum(x * x for x in range(10)), [y + 1 for y in counter(4)])
