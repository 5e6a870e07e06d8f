# __iter__ and __reversed__ returning itertools objects (a container made of
# sublists iterating with chain.from_iterable), and other native iterators.
from itertools import chain, islice, count, repeat


class Chunked:
    def __init__(self, lists):
        self._lists = lists

    def __iter__(self):
        return chain.from_iterable(self._lists)

    def __reversed__(self):
        return chain.from_iterable(map(reversed, reversed(self._lists)))


c = Chunked([[1, 2], [3], [], [4, 5]])
print(list(c), list(reversed(c)), sum(c), 3 in c, sorted(c, reverse=True))
a, b, *rest = c
print(a, b, rest)


class Firsts:
    def __iter__(self):
        return islice(count(10, 5), 4)


print(list(Firsts()), [x for x in Firsts()], dict.fromkeys(Firsts()))


class Bad:
    def __iter__(self):
        return [1, 2]


try:
    iter(Bad())
except TypeError as e:
    print(e)


class Rep:
    def __iter__(self):
        return repeat("x", 3)


print("".join(Rep()))
