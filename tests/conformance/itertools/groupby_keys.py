# groupby with key closures: runs of equal keys, groups consumed or skipped.
from itertools import groupby

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby("aaabbbcccaa")])
print([k for k, g in groupby("AAAABBBCCDAABBB")])

def by_parity():
    seen = []
    def key(n):
        seen.append(n)
        return n % 2
    return key, seen

key, seen = by_parity()
groups = groupby([1, 3, 5, 2, 4, 7], key)
k1, g1 = next(groups)
k2, g2 = next(groups)  # skips the rest of the first group
print(k1, k2, list(g1), list(g2), seen)
print([(k, list(g)) for k, g in groupby([])], [(k, list(g)) for k, g in groupby([1])])
data = sorted([("b", 2), ("a", 1), ("b", 5), ("a", 3)])
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda kv: kv[0])})
