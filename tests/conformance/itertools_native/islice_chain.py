# islice: consumption order and arguments; chain and chain.from_iterable stay lazy
from itertools import chain, count, islice

it = iter(range(10))
print(list(islice(it, 2, 6, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(islice(count(), 5, 20, 5)), list(islice("abcdef", None)), list(islice("abc", 1, None)))
print(list(islice("abcdef", 0, 0)), list(islice([], 5)), list(islice("abcdef", 2, 100, 3)))
for args in ((-1,), (1, -1), (1, 2, 0), ("a",), (1, 2, 3, 4)):
    try:
        islice("abc", *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
seen = []


def source(n):
    for k in range(n):
        seen.append(k)
        yield k


c = chain(source(3), source(2))
print(next(c), seen)
print(list(c), seen)
lazy = chain.from_iterable(source(k) for k in range(4))
print(list(islice(lazy, 3)), seen[-3:])
print(list(chain()), list(chain("ab", [], "c")), list(chain.from_iterable(["ab", "cd"])))
bad = chain([1], 2)
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print("TypeError", e)
