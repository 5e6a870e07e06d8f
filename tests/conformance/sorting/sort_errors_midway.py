# A comparison raising at any point of a sort (finding runs, binary insertion, either
# direction of merge, galloping) propagates and leaves the list a permutation of its
# items; a key raising leaves it unchanged; mutation during the sort is caught.
import random


class Bomb(Exception):
    pass


class Item:
    limit = -1
    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Item.count += 1
        if Item.count == Item.limit:
            raise Bomb("comparison %d" % Item.count)
        return self.v < other.v


rnd = random.Random(3)
for size, shape in ((50, "random"), (300, "random"), (1000, "random"), (1000, "runs"), (700, "dups")):
    if shape == "random":
        data = [rnd.randrange(10000) for _ in range(size)]
    elif shape == "runs":
        data = sorted(rnd.randrange(1000) for _ in range(size // 2))
        data += sorted((rnd.randrange(1000) for _ in range(size // 2)), reverse=True)
    else:
        data = [rnd.randrange(3) for _ in range(size)]
    Item.limit, Item.count = -1, 0
    sorted([Item(v) for v in data])
    total = Item.count
    for limit in sorted({1, 2, total // 7, total // 3, total // 2, total - 5, total}):
        items = [Item(v) for v in data]
        Item.limit, Item.count = limit, 0
        try:
            items.sort()
            outcome = "sorted"
        except Bomb as e:
            outcome = str(e)
        values = [i.v for i in items]
        assert sorted(values) == sorted(data)
        assert len(set(map(id, items))) == len(items)
        print(size, shape, total, outcome, values[:6])

data = [5, 3, "x", 1]
try:
    data.sort()
except TypeError as e:
    print(e, data)
try:
    sorted(range(10), key=lambda x: 1 / (x - 4))
except ZeroDivisionError as e:
    print(e)
values = list(range(20, 0, -1))


def grow(x):
    values.append(x)
    return x


try:
    values.sort(key=grow)
except ValueError as e:
    print(e, values)
