# a cache keeps its results alive until cache_clear; the wrapper is collected with its cycle
import functools
import gc
import weakref


class Result:
    pass


@functools.lru_cache(maxsize=None)
def build(k):
    return Result()


r = weakref.ref(build(1))
print(r() is not None, build(1) is build(1))
build.cache_clear()
print(r() is None)


def outer():
    @functools.lru_cache(maxsize=None)
    def rec(n):
        return 0 if n == 0 else rec(n - 1) + 1
    return rec


w = outer()
print(w(50))
ref = weakref.ref(w.__wrapped__)
del w
gc.collect()
print(ref() is None)
