# A cache wrapper's miss on small int or str arguments runs its function as a
# frame of the calling loop, the result stored when the frame returns. What a
# miss does must not change: counts, recursion that caches its own key, errors
# unwinding through cached frames, the cache cleared or the wrapper dropped
# during the call, and every call that does not qualify.
import functools
import sys


@functools.lru_cache(maxsize=None)
def part(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return part(n - k, k) + part(n, k - 1)


print(part(60, 60), part(100, 100), part.cache_info())


@functools.lru_cache(maxsize=32)
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


print(binom(30, 15), binom.cache_info())
print([binom(n, n // 2) for n in range(20, 26)], binom.cache_info())


@functools.cache
def join(s, n):
    if n == 0:
        return s
    return join(s + "a", n - 1) + join(s, n - 1)[:2]


print(len(join("x", 12)), join.cache_info())

# a call that caches its own key meanwhile: unbounded keeps the newer result,
# bounded the older entry, as CPython
calls = []


def make(maxsize):
    @functools.lru_cache(maxsize=maxsize)
    def f(n, depth):
        calls.append((n, depth))
        if depth == 0:
            inner = f(n, 1) if n % 2 == 0 else None
            return ("outer", n, inner)
        return ("inner", n, depth)

    return f


for ms in (None, 4):
    f = make(ms)
    print(ms, f(2, 0), f(2, 0), f(2, 1), f(3, 0), f.cache_info())

state = {"inner": False}


def make_self(maxsize):
    @functools.lru_cache(maxsize=maxsize)
    def g(n):
        if not state["inner"]:
            state["inner"] = True
            r = g(n)  # the same key, not cached yet: a second miss stores it first
            state["inner"] = False
            return ("outer", r)
        return ("inner", n)

    return g


for ms in (None, 4):
    g = make_self(ms)
    print(ms, g(1), g(1), g("s"), g("s"), g.cache_info())

# errors raised midway: nothing stored for the frames they leave, the caller
# catches them, the cache goes on
@functools.lru_cache(maxsize=None)
def fragile(n):
    if n == 5:
        raise ValueError("five")
    if n == 0:
        return 0
    return fragile(n - 1) + n


for start in (3, 8, 4, 9):
    try:
        print("ok", start, fragile(start))
    except ValueError as e:
        print("error", start, e)
print(fragile.cache_info())


@functools.lru_cache(maxsize=8)
def with_finally(n):
    try:
        if n == 2:
            raise KeyError(n)
        return n * 10
    finally:
        print("finally", n)


for n in (1, 2, 1, 3):
    try:
        print(with_finally(n))
    except KeyError as e:
        print("KeyError", e)
print(with_finally.cache_info())

# the cache cleared inside the call: the result is stored after the clear
@functools.lru_cache(maxsize=None)
def clears(n):
    if n == 3:
        clears.cache_clear()
    return n if n == 0 else clears(n - 1) + 1


print(clears(6), clears.cache_info())

# the last reference to the wrapper dropped during its own miss
@functools.lru_cache(maxsize=None)
def drops(n):
    global drops
    if n == 2:
        keep = drops
        del drops
        return ("dropped", keep.cache_info().currsize)
    return drops(n + 1)


print(drops(0))

# the frames are the caller's: sys._getframe sees the calling function
@functools.lru_cache(maxsize=None)
def who(n):
    return sys._getframe(1).f_code.co_name, n


def caller():
    return who(1), who(1), who("s")


print(caller(), who.cache_info())

# calls that do not qualify take the general path: keywords, typed, defaults,
# floats, bools, tuples, a generator function, a lambda, unhashable arguments
@functools.lru_cache(maxsize=None)
def kw(a, b=2):
    return a * b


print(kw(3), kw(3, 2), kw(3, b=2), kw(a=3, b=2), kw(3.0), kw(True), kw(1), kw.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed("1"), typed(1), typed.cache_info())


@functools.lru_cache(maxsize=None)
def lone(x):
    return repr(x)


print(lone(1), lone(True), lone(1.0), lone((1,)), lone(1), lone.cache_info())


@functools.lru_cache(maxsize=None)
def gen(n):
    yield from range(n)


g1 = gen(3)
print(list(g1), gen(3) is g1, list(gen(3)), gen.cache_info())
sq = functools.lru_cache(maxsize=None)(lambda n: n * n)
print(sq(4), sq(4), sq.cache_info())
try:
    part([1], 2)
except TypeError as e:
    print("TypeError", e)
try:
    part(1)
except TypeError as e:
    print("TypeError", e)

# deep recursion: RecursionError, and the cache still works afterwards
@functools.lru_cache(maxsize=None)
def deep(n):
    return 0 if n == 0 else deep(n - 1) + 1


try:
    deep(100000)
except RecursionError:
    print("RecursionError")
print(deep(50), deep(400))
# big results (big ints) and negative arguments
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(300), fib(-3), fib.cache_info())
