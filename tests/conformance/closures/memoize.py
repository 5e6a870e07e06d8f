def memoize(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    return wrapper
calls = []
@memoize
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30))
print(len(calls))
print(fib(80))
print(len(calls))
cache = fib.__closure__[0].cell_contents
print(type(cache).__name__, len(cache), cache[(10,)])
print(fib.__code__.co_freevars)
