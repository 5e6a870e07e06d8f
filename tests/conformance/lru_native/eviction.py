# bounded caches evict the least recently used entry; maxsize 0 caches nothing
import functools

log = []


@functools.lru_cache(maxsize=3)
def load(k):
    log.append(k)
    return k * 10


for k in (1, 2, 3, 1, 4, 2, 1, 5, 3):
    load(k)
print(log, load.cache_info())


@functools.lru_cache(maxsize=0)
def none(k):
    return k


print(none(1), none(1), none.cache_info())


@functools.lru_cache(maxsize=-5)
def neg(k):
    return k


print(neg(1), neg(1), neg.cache_info())


@functools.lru_cache(1)
def one(k):
    return k


print(one(1), one(2), one(1), one.cache_info())
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError", e)
