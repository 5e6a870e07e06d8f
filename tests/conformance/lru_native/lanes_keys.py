# How a call finds its entry: keys compared lane by lane without building the key tuple,
# with CPython's key shapes (a lone int or str is its own key), equality across types,
# keyword order, typed, unhashable arguments, __eq__ and __hash__ that run Python code,
# comparisons that change the cache, and many entries coming and going.
import functools


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


@functools.lru_cache(maxsize=None)
def ident(*args, **kwargs):
    return (args, tuple(kwargs.items()))


# 1 and 1.0 are equal with equal hashes, but a lone int is its own key and (1.0,) a tuple:
# CPython misses on the second call; True is not an int for the lone-key rule
print(ident(1), ident(1.0), ident(True), ident(1.0), ident.cache_info())
print(ident(1, 2), ident(1.0, 2.0), ident(True, 2), ident.cache_info())
print(ident("a"), ident("a"), ident(("a",)), ident.cache_info())
print(ident(a=1, b=2), ident(b=2, a=1), ident(a=1, b=2), ident.cache_info())
print(ident(1, a=1), ident(1, a=1.0), ident.cache_info())
print(attempt(lambda: ident([1])), attempt(lambda: ident(1, {})), attempt(lambda: ident(x=[])))
print(ident.cache_info())
ident.cache_clear()
print(ident.cache_info(), ident(2 ** 80), ident(2 ** 80), ident.cache_info())


@functools.lru_cache(maxsize=8, typed=True)
def typed(*args, **kwargs):
    return len(args) + len(kwargs)


print(typed(1), typed(1.0), typed(True), typed(1), typed(x=1), typed(x=1.0), typed(x=1),
      typed.cache_info())


class Key:
    # equal by value, and loud about every comparison and hash
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("  hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("  eq", self.v, getattr(other, "v", other))
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "Key(%r)" % self.v


@functools.lru_cache(maxsize=4)
def loud(k, n=0):
    return (k.v, n)


a1, a2 = Key(1), Key(1)
print(loud(a1))
print(loud(a1))
print(loud(a2))
print(loud(a2, 5))
print(loud.cache_info())


class Clearing(Key):
    # comparing it empties the cache it is being looked up in
    def __eq__(self, other):
        print("  clearing on eq", self.v)
        calls.cache_clear()
        return isinstance(other, Key) and self.v == other.v

    __hash__ = Key.__hash__


@functools.lru_cache(maxsize=None)
def calls(k):
    return ("computed", k.v)


c1 = Clearing(3)
print(calls(c1), calls.cache_info())
print(calls(Clearing(3)), calls.cache_info())
print(calls(c1), calls.cache_info())


# the same key cached by the call itself: unbounded takes the newer result, bounded keeps
# the older entry (as CPython's C wrapper)
@functools.lru_cache(maxsize=None)
def again_unbounded(n, depth=0):
    if depth < 2:
        again_unbounded(n, depth + 1)
        again_unbounded.cache_info()
    return [n, depth]


r1 = again_unbounded(7)
print(r1, again_unbounded(7) is r1, again_unbounded.cache_info())


@functools.lru_cache(maxsize=None)
def reenter(n):
    if n > 0:
        first = reenter(n - 1)
        return ["outer", n, first]
    return ["base"]


print(reenter(3), reenter(3) is reenter(3), reenter.cache_info())


@functools.lru_cache(maxsize=3)
def same_key_recursion(n, seen=[]):
    seen.append(n)
    if len(seen) == 1:
        inner = same_key_recursion(n)
        return ("outer", inner)
    return ("inner", n)


print(same_key_recursion(5), same_key_recursion(5), same_key_recursion.cache_info())


@functools.lru_cache(maxsize=None)
def same_key_unbounded(n, seen=[]):
    seen.append(n)
    if len(seen) == 1:
        inner = same_key_unbounded(n)
        return ("outer", inner)
    return ("inner", n)


print(same_key_unbounded(5), same_key_unbounded(5), same_key_unbounded.cache_info())


# many entries: the index grows, a bounded cache's slots churn through tombstones
@functools.lru_cache(maxsize=50)
def sq(n, m=1):
    return n * n * m


total = 0
for rnd in range(6):
    for n in range(0, 400, 3):
        total += sq(n, rnd % 2) + sq(n // 7)
print(total, sq.cache_info())
print([sq(n) for n in range(380, 400)], sq.cache_info())


@functools.cache
def grow(n):
    return -n


print(sum(grow(n) for n in range(5000)), sum(grow(n) for n in range(0, 5000, 2)),
      grow.cache_info())
print(sum(grow(str(n)[::-1] and n) for n in range(100)), grow.cache_info())
