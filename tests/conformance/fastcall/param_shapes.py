# Calls warmed with exactly matching positional arguments, then made with
# defaults, keywords, keyword-only parameters, *args and **kwargs, through
# plain calls, methods, bound methods kept in variables, callable
# instances and class construction.


def plain(a, b):
    return a + b


def with_default(a, b=10):
    return a + b


def kwonly(a, *, k=5):
    return a * k


def star(a, *rest):
    return (a, rest)


def starkw(a, **kw):
    return (a, sorted(kw.items()))


def posonly(a, b, /, c):
    return (a, b, c)


for i in range(5):
    plain(i, i)
    with_default(i, i)
print(plain(1, 2), with_default(1), with_default(1, 2), with_default(b=3, a=1))
print(kwonly(2), kwonly(2, k=3))
print(star(1), star(1, 2, 3), star(*[4, 5]))
print(starkw(1), starkw(1, x=2, y=3), starkw(**{"a": 7, "z": 8}))
print(posonly(1, 2, 3), posonly(1, 2, c=3))
for bad in (lambda: plain(1), lambda: plain(1, 2, 3), lambda: plain(1, c=2),
            lambda: kwonly(1, 2), lambda: posonly(a=1, b=2, c=3),
            lambda: with_default(1, a=2), lambda: starkw(1, a=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Acc:
    def __init__(self, start):
        self.total = start

    def add(self, x):
        self.total += x
        return self.total

    def add_default(self, x, y=1):
        self.total += x * y
        return self.total

    def __call__(self, x):
        return self.total * x


acc = Acc(0)
for i in range(5):
    acc.add(i)
bound = acc.add
print(bound(100), acc.add_default(1), acc.add_default(1, y=3), acc(2))
meths = [acc.add, Acc(5).add, Acc(7).add_default]
print([m(1) for m in meths])
print(Acc.add(acc, 1))
try:
    acc.add()
except TypeError as e:
    print("TypeError:", e)
try:
    Acc()
except TypeError as e:
    print("TypeError:", e)


class Pair:
    def __init__(self, a, b=2, *, c=3):
        self.v = (a, b, c)


print([Pair(i).v for i in range(2)], Pair(1, 5).v, Pair(1, c=9).v)


# a function whose defaults are replaced after it was warmed
def late(a, b=1):
    return a + b


print([late(1) for _ in range(3)])
late.__defaults__ = (100,)
print(late(1))
late.__defaults__ = None
try:
    late(1)
except TypeError as e:
    print("TypeError:", e)
late.__code__ = plain.__code__
print(late(3, 4))
