from functools import lru_cache

@lru_cache(maxsize=None, typed=True)
def ident(x):
    return (type(x).__name__, x)

print(ident(1), ident(1.0), ident(True), ident(1))
print(ident.cache_info())

@lru_cache(maxsize=None)
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped.cache_info())

@lru_cache(maxsize=8)
def kw(a, b=2, *, c=3):
    return a + b + c
print(kw(1), kw(1, b=2), kw(1, 2), kw(a=1), kw(1, c=3), kw(1))
print(kw.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
try:
    lru_cache(maxsize='big')
except TypeError as e:
    print(e)
