# memo: decorators whose wrappers pass calls through *args/**kwargs: a
# memoizer (cache captured by the wrapper, keyed on args and sorted kwargs)
# and a call counter (a nonlocal in the wrapper).
M = 1000000007


def memoize(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


def counted(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs) + calls

    return wrapper


@memoize
def square(n, offset=0):
    return n * n + offset


@memoize
def fib(n):
    return n if n < 2 else (fib(n - 1) + fib(n - 2)) % M


@counted
def add(a, b, scale=1):
    return (a + b) * scale


def main():
    total = 0
    for i in range(200000):
        total = (total + square(i % 1000, offset=i % 3)) % M
        total = (total + add(i, i % 10, scale=2)) % M
        total = (total + fib(i % 90)) % M
    print(total)


main()
