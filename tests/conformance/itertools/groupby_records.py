# groupby over records sorted by a key factory; nested groupby; group lifetimes.
from itertools import groupby
from operator import itemgetter

rows = [("eu", "fr", 3), ("eu", "de", 5), ("us", "ny", 2), ("eu", "fr", 1), ("us", "ca", 7)]

def field(i):
    return lambda row: row[i]

for region, rs in groupby(sorted(rows, key=field(0)), key=field(0)):
    rs = list(rs)
    by_country = {c: sum(r[2] for r in g) for c, g in groupby(sorted(rs, key=field(1)), key=field(1))}
    print(region, by_country)
print([(k, [x[2] for x in g]) for k, g in groupby(rows, itemgetter(0))])
it = groupby("aabbc")
groups = list(it)
print([(k, list(g)) for k, g in groups])
print([(k, list(g)) for k, g in groupby([1.0, 1, True, 2, 2.0])])
