# heapify of more than 2500 items compares in CPython's order (its cache-minded build:
# each left child sifted goes on to its parent), for the min-heap of heapify and the
# max-heap nsmallest keeps; the heaps built are CPython's too.
import heapq
import random

rnd = random.Random(21)
log = []


class Item:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v


for size in (2500, 2501, 3000, 4095, 4096, 9000):
    data = [rnd.randrange(size * 3) for _ in range(size)]
    heap = [Item(v) for v in data]
    log.clear()
    heapq.heapify(heap)
    print(size, len(log), hash(tuple(log)) % 100003, [item.v for item in heap[:8]])
    log.clear()
    kept = heapq.nsmallest(size - 10, [Item(v) for v in data])
    print(size, len(log), hash(tuple(log)) % 100003, [item.v for item in kept[:5]])
