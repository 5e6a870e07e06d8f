from functools import lru_cache

@lru_cache(maxsize=3)
def slow_square(n):
    print('computing', n)
    return n * n

for n in [1, 2, 1, 3, 4, 1, 2]:
    slow_square(n)
info = slow_square.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
slow_square.cache_clear()
print(slow_square.cache_info())
print(slow_square.cache_parameters())
print(slow_square.__wrapped__(5), slow_square.__name__)
