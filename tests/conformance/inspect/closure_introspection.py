# Inspecting what closures capture: counters, decorators, late binding.
import inspect


def counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


s = counter(10)
s()
s(5)
print(inspect.getclosurevars(s).nonlocals, inspect.signature(s), s.__code__.co_freevars)
makers = [lambda: i for i in range(3)]
print([inspect.getclosurevars(m).nonlocals for m in makers])
bound = [lambda i=i: i for i in range(3)]
print([str(inspect.signature(m)) for m in bound])


def logged(tag):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return tag, fn(*args, **kwargs)
        wrapper.__wrapped__ = fn
        return wrapper
    return deco


@logged("T")
def add(x, y=1):
    return x + y


cv = inspect.getclosurevars(add)
print(sorted(cv.nonlocals), cv.nonlocals["tag"], inspect.signature(add), add(2))
print(inspect.isfunction(add), inspect.unwrap(add) is cv.nonlocals["fn"])
