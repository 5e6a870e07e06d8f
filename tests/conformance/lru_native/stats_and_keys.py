# hits and misses as CPython counts them: int/str fast keys, typed, keywords
import functools

calls = []


@functools.lru_cache(maxsize=None)
def f(*args, **kwargs):
    calls.append((args, tuple(sorted(kwargs.items()))))
    return len(calls)


print(f(1), f(1), f(1.0), f(True), f("a"), f("a"))
print(f(1, 2), f(1, 2), f(x=1), f(x=1), f(1, x=1), f(x=1, y=2), f(y=2, x=1))
print(f.cache_info())
f.cache_clear()
print(f.cache_info(), f(1), f.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def g(x):
    return type(x).__name__


print(g(1), g(1.0), g(True), g(1), g.cache_info())
try:
    f([1])
except TypeError as e:
    print("TypeError", e)
print(f.cache_info())
