def memoized_gen(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = list(fn(n))
        yield from cache[n]
    wrapper.cache = cache
    return wrapper

calls = []
@memoized_gen
def slow_range(n):
    calls.append(n)
    yield from range(n)

print(list(slow_range(3)), list(slow_range(3)), list(slow_range(2)))
print(calls, sorted(slow_range.cache))
