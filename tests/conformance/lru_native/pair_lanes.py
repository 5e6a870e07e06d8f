# A key of two lanes (two positional arguments, or one with typed=True) is
# kept in the cache's entry as its two values, no tuple made; the calls that
# run as frames (small ints and strs) probe and store without running Python
# code and hand any other stored key to the general comparison. What a
# cache decides must stay CPython's: equal keys of other kinds, comparisons
# that run Python code, typed keys, keywords, eviction order, recursion,
# errors, cycles through the kept values.
import functools
import gc
import weakref

calls = []


@functools.lru_cache(maxsize=None)
def add(a, b):
    calls.append((a, b))
    return (a, b, len(calls))


# equal keys of other kinds: the general path stores, the frame path finds,
# and the other way round
print(add(1.0, 2), add(1, 2), add(True, 2), add(1, 2.0))
print(add(3, 4), add(3.0, 4.0), add(3, True + 3))
print(add("a", "b"), add("a", "b"), add("".join(["a"]), "b"))
print(add(-1, -2), add(-1.0, -2), add(2**62, 1), add(2**62, 1))
print(add(1, "1"), add("1", 1), add.cache_info())
print(calls)
calls.clear()


class K:
    """Equal to 1 and hashed as 1: its == runs Python code."""

    def __init__(self, tag):
        self.tag = tag

    def __hash__(self):
        return hash(1)

    def __eq__(self, other):
        print("  eq", self.tag, other)
        return other == 1 or (isinstance(other, K) and other.tag == self.tag)


@functools.lru_cache(maxsize=None)
def keyed(a, b):
    print("  call", a if not isinstance(a, K) else a.tag, b)
    return b * 10


print(keyed(K("x"), 5))
print(keyed(1, 5))  # found through K's __eq__, as CPython's tuple compare
print(keyed(1, 6), keyed(K("y"), 6), keyed.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def typed_one(x):
    calls.append(x)
    return repr(x)


print(typed_one(1), typed_one(1.0), typed_one(True), typed_one(1), typed_one(1.0))
print(typed_one("s"), typed_one("s"), typed_one.cache_info(), calls)
calls.clear()


@functools.lru_cache(maxsize=None, typed=True)
def typed_two(x, y):
    calls.append((x, y))
    return x + y


print(typed_two(1, 2), typed_two(1, 2), typed_two(1.0, 2), typed_two(1, 2.0))
print(typed_two.cache_info(), calls)
calls.clear()


@functools.lru_cache(maxsize=None)
def kw(a, b=0):
    calls.append((a, b))
    return a * 100 + b


print(kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw(b=2, a=1), kw(1, 2), kw(1))
print(kw.cache_info(), calls)
calls.clear()


# eviction order of a bounded cache of pair keys (hits make an entry newest)
@functools.lru_cache(maxsize=3)
def bounded(a, b):
    calls.append((a, b))
    return a - b


for a, b in [(1, 1), (2, 2), (3, 3), (1, 1), (4, 4), (2, 2), (3, 3), (1, 1), (4, 4), (1, 1),
             ("x", 1), (1, "x"), (1, 1), (4, 4)]:
    try:
        bounded(a, b)
    except TypeError as e:
        print("TypeError", e)
print(bounded.cache_info(), calls)
calls.clear()


# recursion through the cache, the frame path with pairs and triples
@functools.lru_cache(maxsize=None)
def grid(r, c):
    if r == 0 or c == 0:
        return 1
    return grid(r - 1, c) + grid(r, c - 1)


@functools.lru_cache(maxsize=64)
def tri(a, b, c):
    if a <= 0:
        return b + c
    return tri(a - 1, c, b) + tri(a - 2, b, c)


@functools.lru_cache(maxsize=None)
def words(s, n):
    if n == 0:
        return s
    return words(s + "a", n - 1)[-3:] + words(s, n - 1)[:3]


print(grid(12, 12), grid.cache_info(), grid(12, 12), grid.cache_info().hits)
print(tri(25, 1, 2), tri.cache_info())
print(words("q", 10), words.cache_info())


# a cached function raising: nothing stored, counted as a miss each time
@functools.lru_cache(maxsize=None)
def fails(a, b):
    calls.append((a, b))
    if b == 0:
        raise ZeroDivisionError("b is 0")
    return fails(a, b - 1) + 1


for _ in range(2):
    try:
        fails(7, 3)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, fails.cache_info())
print(calls)
calls.clear()


# unhashable lanes: TypeError, nothing counted
@functools.lru_cache(maxsize=None)
def any2(a, b):
    return 1


for args in [([1], 2), (1, {}), ((1, [2]), 3)]:
    try:
        any2(*args)
    except TypeError as e:
        print("TypeError", e)
print(any2.cache_info())


# values of the kept lanes live as long as the entry; a cycle through them
# is collected
class Node:
    pass


@functools.lru_cache(maxsize=None)
def holder(a, b):
    return 0


n = Node()
n.holder = holder
r = weakref.ref(n, lambda _: print("  node freed"))
holder(n, 1)
holder(2, n)
del n
print(r() is not None, holder.cache_info().currsize)
holder.cache_clear()
gc.collect()
print(r() is None)
n = Node()
n.holder = holder
r = weakref.ref(n, lambda _: print("  node freed again"))
holder(n, n)
del n, holder
gc.collect()
print(r() is None)


# the function's code replaced: calls follow the new code's parameters
@functools.lru_cache(maxsize=None)
def swap(a, b):
    return ("first", a, b)


def three(a, b, c=9):
    return ("second", a, b, c)


print(swap(1, 2))
swap.__wrapped__.__code__ = three.__code__
swap.__wrapped__.__defaults__ = (9,)
print(swap(1, 2), swap(3, 4), swap(5, 6, 7), swap.cache_info())
