# count, repeat and cycle: infinite iterators taken lazily, their reprs.
import itertools
from itertools import count, repeat, cycle, islice

c = count(10)
print(next(c), next(c), repr(c))
print(list(islice(count(2.5, 0.5), 4)), repr(count(1, 2)), repr(count()))
print(list(zip("abc", count(1))))
r = repeat("x", 3)
print(repr(r), list(r), repr(r), list(repeat(7, -1)), repr(repeat(None)))
print(list(map(pow, range(5), repeat(2))))
cy = cycle("ab")
print([next(cy) for _ in range(5)], list(cycle([])))
for bad in (lambda: count("a"), lambda: repeat(), lambda: cycle(3), lambda: repeat(1, "x")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
