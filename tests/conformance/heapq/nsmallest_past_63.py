# nsmallest and nlargest keeping 64 items or more sort what they kept with list.sort, so
# the number and order of comparisons match CPython's there too (with and without key,
# when n covers the input and when the heap does the selection).
import heapq
import random

rnd = random.Random(8)
log = []


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


for total, n in ((100, 64), (100, 90), (100, 100), (150, 400), (1000, 64), (1000, 300), (3000, 700)):
    data = [Item(rnd.randrange(total // 2)) for _ in range(total)]
    for name, fn in (("nsmallest", heapq.nsmallest), ("nlargest", heapq.nlargest)):
        for key in (None, lambda item: item.v % 97):
            log.clear()
            got = fn(n, data, key=key)
            print(name, total, n, key is not None, len(log), hash(tuple(log)) % 100003,
                  [item.v for item in got[:5]])
    log.clear()
    got = heapq.nsmallest(n, iter(data))
    print("iterator", total, n, len(log), [item.v for item in got[-3:]])
