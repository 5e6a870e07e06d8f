# heapq: the exact comparisons each operation makes (items logging every <), with ties,
# so that a rewrite keeps the order and number of comparisons.
import heapq

log = []


class Item:
    def __init__(self, key, tag):
        self.key, self.tag = key, tag

    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.key < other.key

    def __repr__(self):
        return '%s%d' % (self.tag, self.key)


def items(keys):
    return [Item(k, chr(97 + i)) for i, k in enumerate(keys)]


def show(what, result=None):
    print(what, result, len(log), log[:12])
    del log[:]


h = []
for it in items([5, 3, 8, 3, 1, 9, 1, 0, 5, 5]):
    heapq.heappush(h, it)
    show('push %r' % it, h)
while h:
    top = heapq.heappop(h)
    show('pop', (top, h))
h = items([7, 2, 9, 2, 4, 4, 1, 8, 3, 6, 0])
heapq.heapify(h)
show('heapify', h)
show('replace', (heapq.heapreplace(h, Item(5, 'R')), h))
show('pushpop small', (heapq.heappushpop(h, Item(-1, 'S')), h))
show('pushpop big', (heapq.heappushpop(h, Item(50, 'B')), h))
