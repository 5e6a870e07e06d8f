# takewhile, dropwhile, filterfalse, compress, starmap, pairwise, accumulate, cycle
import operator
from itertools import (accumulate, compress, cycle, dropwhile, filterfalse, islice, pairwise,
                       starmap, takewhile)

data = [1, 4, 6, 4, 1, 0, 7]
print(list(takewhile(lambda x: x < 5, data)), list(dropwhile(lambda x: x < 5, data)))
print(list(filterfalse(lambda x: x % 2, data)), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(compress("ab", [1, 1, 1, 1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ["ab", [3, 1]])))
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(islice(cycle("abc"), 7)), list(cycle([])))
t = takewhile(lambda x: x < 3, [1, 2, 3, 1])
print(list(t), list(t))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print("TypeError", e)
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError", e)
calls = []


def pred(x):
    calls.append(x)
    return x < 2


print(list(dropwhile(pred, [0, 1, 2, 0, 1])), calls)
