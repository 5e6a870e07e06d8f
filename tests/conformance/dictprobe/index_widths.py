# Dicts grown through every index-slot width (8-bit tables up to 128 slots,
# 16-bit up to 32768, then 32-bit), with deletions, re-insertions and
# lookups at each size: the entries must be found wherever the table is.
def check(n):
    d = {}
    for i in range(n):
        d[i * 7919 % (n * 3 + 1)] = i
    for k in list(d)[::3]:
        del d[k]
    for i in range(0, n, 5):
        d["s%d" % i] = -i
    total = 0
    for i in range(n * 3 + 1):
        v = d.get(i)
        if v is not None:
            total += v * (i % 13 + 1)
    for i in range(0, n, 5):
        total += d["s%d" % i]
    keys = list(d)
    print(n, len(d), total, keys[:3], keys[-3:])
    while len(d) > n // 2:
        d.popitem()
    print(" after popitem", len(d), sum(v for v in d.values() if isinstance(v, int)))


for n in (1, 5, 6, 85, 86, 100, 200, 5000, 21845, 21846, 40000):
    check(n)
