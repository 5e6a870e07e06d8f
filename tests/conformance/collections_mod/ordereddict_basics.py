# OrderedDict: move_to_end, popitem(last=), order-sensitive equality, repr.
from collections import OrderedDict

od = OrderedDict()
for k in "bcad":
    od[k] = ord(k)
print(od, list(od), od["a"])
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
x, y = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == y, x != y, list(reversed(x)))
print(OrderedDict.fromkeys("xyz", 0), OrderedDict([("k", 1)]) | {"j": 2}, x.copy() == x)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    x.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)

def lru(capacity):
    cache = OrderedDict()
    def get(key, compute):
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
        value = cache[key] = compute(key)
        if len(cache) > capacity:
            cache.popitem(last=False)
        return value
    return get, cache

get, cache = lru(2)
for k in [1, 2, 1, 3, 4, 1]:
    get(k, lambda n: n * n)
print(cache)
