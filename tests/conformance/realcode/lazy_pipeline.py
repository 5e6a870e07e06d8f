"""Lazy data pipeline with generators, itertools, closures and decorators."""
import itertools as it
import functools
from collections import deque
import random


def timed_counter():
    calls = 0

    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            nonlocal calls
            calls += 1
            return fn(*a, **k)
        inner.calls = lambda: calls
        return inner
    return deco


counter = timed_counter()


@counter
def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n ** 0.5) + 1))


def primes():
    yield from filter(is_prime, it.count(2))


def window(iterable, n):
    d = deque(maxlen=n)
    for x in iterable:
        d.append(x)
        if len(d) == n:
            yield tuple(d)


def chunked(iterable, size):
    iterator = iter(iterable)
    while chunk := list(it.islice(iterator, size)):
        yield chunk


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def running_mean():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return avg


print(list(it.islice(primes(), 15)), is_prime.calls())
print(list(window(range(7), 3)))
print(list(chunked("abcdefghij", 4)))
print([f for f in it.takewhile(lambda x: x < 100, fib())][-3:])
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.chain.from_iterable([[1], [2, 3], []])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(4), 2))), list(it.combinations("abcd", 3))[:2])
print(list(it.combinations_with_replacement("xy", 2)), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print([(k, len(list(g))) for k, g in it.groupby("aaabbcaa")], list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(str.isdigit, "a1b2")), list(it.repeat("z", 3)))
print(list(it.pairwise("abcd")), next(it.cycle("xy")), list(it.tee(iter([1, 2]), 2)[1]))
gen = running_mean()
next(gen)
print([gen.send(x) for x in [10, 20, 60]])
try:
    gen.send(None)
except StopIteration as stop:
    print("final", stop.value)
random.seed(42)
data = [random.randint(1, 100) for _ in range(10)]
print(data, random.choice(data), random.sample(data, 3), round(random.random(), 6))
random.shuffle(data)
print(data, random.uniform(1, 2) < 2, random.randrange(0, 100, 5))
pipeline = (x * x for x in data if x % 2 == 0)
print(sum(pipeline), sum(pipeline))
squares = {n: n * n for n in range(5)}
print(squares, {v for v in squares.values() if v > 3}, [[i * j for j in range(3)] for i in range(3)])
print(functools.reduce(lambda a, b: a + b, map(str, range(5))), sorted(data, key=lambda v: (v % 10, v))[:4])
p = functools.partial(int, base=2)
print(p("1011"), p.func.__name__, p.keywords)
@functools.lru_cache(maxsize=32)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info())
print(list(map(lambda t: t[0] * t[1], zip(range(5), range(5, 10)))), any(x > 99 for x in data), all([]))
