# itertools pipelines built from closures: counters, key functions and predicates capture state
from itertools import accumulate, chain, groupby, islice, product, takewhile


def make_counter():
    calls = 0

    def key(x):
        nonlocal calls
        calls += 1
        return x % 3

    def count():
        return calls

    return key, count


key, count = make_counter()
print([(k, list(g)) for k, g in groupby(sorted(range(10), key=key), key=key)], count())


def below(limit):
    return lambda x: x < limit


print(list(takewhile(below(10), accumulate(range(1, 100)))))
adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in chain(adders, reversed(adders))])
print([a(b) for a, b in product(adders, range(2))])
print(list(islice((f(0) for f in adders), 1, None)))
