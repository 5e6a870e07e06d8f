from functools import cache

@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1

print(factorial(10), factorial(12))
print(factorial.cache_info())
print(factorial.cache_parameters())

calls = []
@cache
def load(key):
    calls.append(key)
    return key.upper()
print(load('x'), load('y'), load('x'), calls)
load.cache_clear()
load('x')
print(calls, load.cache_info())
