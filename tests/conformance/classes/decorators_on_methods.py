def logged(fn):
    def wrapper(self, *args, **kwargs):
        print(f"call {fn.__name__}{args}")
        return fn(self, *args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


def memo(fn):
    cache = {}

    def inner(self, n):
        key = (id(self), n)
        if key not in cache:
            cache[key] = fn(self, n)
        return cache[key]
    inner.cache = cache
    return inner


class Math:
    @logged
    def add(self, a, b):
        """Adds."""
        return a + b

    @memo
    def fib(self, n):
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)


m = Math()
print(m.add(1, 2), Math.add.__name__, Math.add.__doc__)
print(m.fib(30), len(Math.fib.cache))


def count_calls(cls):
    orig = cls.__init__

    def __init__(self, *a):
        cls.instances += 1
        orig(self, *a)
    cls.instances = 0
    cls.__init__ = __init__
    return cls


@count_calls
class P:
    def __init__(self, v):
        self.v = v


ps = [P(i) for i in range(4)]
print(P.instances, ps[2].v)
