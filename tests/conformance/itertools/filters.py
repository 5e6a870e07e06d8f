# compress, dropwhile, takewhile, filterfalse, starmap, pairwise, zip_longest.
from itertools import (compress, dropwhile, takewhile, filterfalse, starmap, pairwise,
                       zip_longest, count)

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [True])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(takewhile(lambda n: n * n < 50, count())))
