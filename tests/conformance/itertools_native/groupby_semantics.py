# groupby: a group ends when groupby moves on; keys compared with ==; key functions
from itertools import groupby

groups = list(groupby("aaabbbcca"))
print([(k, list(g)) for k, g in groups])
print([(k, list(g)) for k, g in groupby("aaabbbcca")])
it = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print([(k, len(list(g))) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
print(list(groupby([])), [k for k, _ in groupby("abba")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print({k: list(g) for k, g in groupby(sorted(words), key=lambda w: w[0])})


def boom(x):
    if x == 3:
        raise ValueError("bad key %d" % x)
    return x


try:
    print([(k, list(g)) for k, g in groupby([1, 2, 3], key=boom)])
except ValueError as e:
    print("ValueError", e)
g = groupby("xxy")
k, grp = next(g)
print([k for k, _ in g], list(grp))
