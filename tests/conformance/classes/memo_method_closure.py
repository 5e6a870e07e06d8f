def memoize_method(fn):
    caches = {}

    def wrapper(self, *args):
        cache = caches.setdefault(id(self), {})
        if args not in cache:
            cache[args] = fn(self, *args)
        return cache[args]
    wrapper.caches = caches
    return wrapper


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.calls = 0

    @memoize_method
    def paths(self, x, y):
        self.calls += 1
        if x == 0 or y == 0:
            return 1
        return self.paths(x - 1, y) + self.paths(x, y - 1)


g = Grid(10, 10)
print(g.paths(10, 10), g.calls, g.paths(10, 10), g.calls)
g2 = Grid(3, 3)
print(g2.paths(3, 3), g2.calls, len(Grid.paths.caches))
