# A memoizing decorator whose cache grows without bound: the cache dict is
# captured by the wrapper closure, and every new argument adds an entry.
calls = 0


def memoize(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


@memoize
def slow_square(n, offset=0):
    return n * n + offset


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def tick():
    global calls
    calls += 1
    for k in range(20):
        slow_square(calls * 20 + k, offset=k % 3)
    fib(min(calls, 80))
    if calls % 50 == 0:
        print(f"tick {calls}: fib({min(calls, 80)}) = {fib(min(calls, 80))}")


tick()
