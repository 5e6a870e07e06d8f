# Calls through f(*args, **kwargs): the positionals made a tuple at the call
# (any iterable), keywords bound straight from the dict, and CPython's errors
# naming the callee as module.qualname().


def f(*a, **k):
    return a, k


def g(x, y=2, *rest, z=3, **more):
    return x, y, rest, z, more


class T(tuple):
    pass


def gen():
    yield 1
    yield 2


for bad in (1, None, 2.5):
    for call in (lambda: f(*bad), lambda: f(**bad), lambda: f(*bad, x=1), lambda: g(*bad)):
        try:
            call()
        except TypeError as e:
            print(e)

print(f(*[1, 2]), f(*T((1, 2))), f(*"ab", **{"z": 1}), f(*gen()), f(*range(3)))
print(f(*(), **{}), f(*{3: 4, 5: 6}), f(**dict(b=1, a=2)))
print(g(*(1,), **{"z": 9, "w": 8}), g(*[1, 2, 3, 4], **{"y2": 0}))
print(g(**{"x": 1, "y": 5}), g(*(7,), **{"more": 1}))

for args, kwargs in [((1,), {"x": 2}), ((), {"y": 1}), ((1, 2), {"y": 3}), ((), {})]:
    try:
        print(g(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)


def strict(a, b):
    return a - b


for args, kwargs in [((1,), {"b": 2}), ((1,), {"c": 2}), ((1, 2, 3), {}), ((), {"a": 1})]:
    try:
        print(strict(*args, **kwargs))
    except TypeError as e:
        print(e)


class Boom:
    def __iter__(self):
        raise ValueError("boom")


try:
    f(*Boom())
except ValueError as e:
    print("ValueError", e)

for fn in (len, print, strict):
    try:
        fn(*1)
    except TypeError as e:
        print(e)


def memoize(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


@memoize
def power(n, exp=2, *, mod=None):
    r = n**exp
    return r % mod if mod else r


print([power(i, exp=3) for i in range(4)], power(5), power(5, 3, mod=7), power(5, mod=7, exp=3))
try:
    power(1, 2, 3)
except TypeError as e:
    print(e)
try:
    power(1, nope=2)
except TypeError as e:
    print(e)


# f(**x) alone: x is checked and read at the call, never shared with the callee
def h(**k):
    k["new"] = 1
    return k


class D(dict):
    pass


d = {"a": 1}
print(h(**d), d, h(**D(b=2)), h(**{}))
print(dict(**d), sorted(D(**d).items()))
print("x", "y", **{"sep": "-"})
for bad in ({1: 2}, {"a": 1, 2: 3}):
    try:
        h(**bad)
    except TypeError as e:
        print(e)
try:
    f(*1, **1)
except TypeError as e:
    print(e)
try:
    f(*1, **{1: 1})
except TypeError as e:
    print(e)
try:
    strict(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
print(sorted({"b": 1, "a": 2}.items()), list({"k": 1}.keys()), list({"k": 1}.values()))
print(tuple([1, 2]), tuple([]), tuple(sorted({3: 0, 1: 0})))
