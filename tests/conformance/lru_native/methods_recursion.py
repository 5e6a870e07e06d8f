# lru_cache on methods (bound per instance), on recursive closures, and with exceptions
import functools


class Grid:
    def __init__(self, w):
        self.w = w

    @functools.lru_cache(maxsize=None)
    def paths(self, x, y):
        if x == 0 or y == 0:
            return 1
        return self.paths(x - 1, y) + self.paths(x, y - 1)

    def __hash__(self):
        return self.w

    def __eq__(self, other):
        return self.w == other.w


g = Grid(5)
print(g.paths(10, 10), g.paths(16, 16), Grid.paths.cache_info().currsize > 0)
print(Grid.paths(g, 2, 2), type(g.paths).__name__)


def make_fib():
    @functools.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib


fib = make_fib()
print(fib(90), fib(200), fib.cache_info())
attempts = []


@functools.lru_cache(maxsize=8)
def flaky(x):
    attempts.append(x)
    if len(attempts) < 2:
        raise ValueError("first try fails")
    return x


try:
    flaky(1)
except ValueError as e:
    print("ValueError", e)
print(flaky(1), flaky(1), attempts, flaky.cache_info())
