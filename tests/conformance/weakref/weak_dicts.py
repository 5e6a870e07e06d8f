# WeakValueDictionary and WeakKeyDictionary: entries go with their objects.
import gc
import weakref


class Obj:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Obj(%d)" % self.v


cache = weakref.WeakValueDictionary()
a, b = Obj(1), Obj(2)
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache.keys()), cache["a"], cache.get("zz"), "a" in cache)
del a
print(len(cache), list(cache.keys()), "a" in cache, cache.get("a", "gone"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError:", e)
print(cache.pop("b"), len(cache), cache.setdefault("c", b), list(cache.items()))

meta = weakref.WeakKeyDictionary()
k1, k2 = Obj(10), Obj(20)
meta[k1] = "first"
meta[k2] = "second"
print(len(meta), meta[k1], k2 in meta, sorted(v for v in meta.values()))
del k1
gc.collect()
print(len(meta), list(meta.keys()), list(meta.items()))


def memoize_by_object(fn):
    memo = weakref.WeakKeyDictionary()
    def wrapper(obj):
        if obj not in memo:
            memo[obj] = fn(obj)
        return memo[obj]
    wrapper.memo = memo
    return wrapper


@memoize_by_object
def expensive(o):
    return o.v * 100


x = Obj(3)
print(expensive(x), expensive(x), len(expensive.memo))
del x
print(len(expensive.memo))
