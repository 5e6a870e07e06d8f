# accumulate with func and initial; chain and chain.from_iterable, lazily.
import operator
from itertools import accumulate, chain, islice

print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([2, 3, 4], lambda a, b: a * b)))
print(list(chain("ab", [1, 2], (), range(2))), list(chain()))
print(list(chain.from_iterable(["xy", [3], range(3)])))

def squares():
    n = 0
    while True:
        yield n * n
        n += 1

print(list(islice(chain.from_iterable(([i, -i] for i in squares())), 7)))
lazy = chain([1], squares())
print(next(lazy), next(lazy), next(lazy))
try:
    list(chain(1))
except TypeError as e:
    print("TypeError:", e)
