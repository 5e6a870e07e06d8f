# A memoizer's keys: (args, tuple(sorted(kwargs.items()))), looked up with
# `not in` and then `[]`: equal keys made of distinct objects, numbers equal
# across types, NaN found only by identity, -1 hashes, keys whose hash or
# equality is Python code that raises or mutates the cache.
def memoize(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    wrapper.cache = cache
    return wrapper


@memoize
def ident(*args, **kwargs):
    return (args, sorted(kwargs.items()))


# equal but distinct items: strs built at run time, big ints, nested tuples
a = "".join(["ab", "c"])
b = "a" + "".join(["bc"])
print(a is b, ident(a) is ident(b), len(ident.cache))
big1 = 10**30 + 1
big2 = int("1" + "0" * 30) + 1
print(big1 is big2, ident(big1) is ident(big2), len(ident.cache))
t1 = tuple([1, (2, "x")])
t2 = (1, (2, "".join("x")))
print(t1 is t2, ident(t1) is ident(t2), len(ident.cache))

# 1 == 1.0 == True, 0 == -0.0 == False: one entry, the first result kept
r1 = ident(1, k=1)
print(ident(1.0, k=True) is r1, ident(True, k=1.0) is r1, r1)
r0 = ident(0)
print(ident(-0.0) is r0, ident(False) is r0, len(ident.cache))

# NaN: equal to nothing, found only as the same object
nan = float("nan")
n1 = ident(nan)
print(ident(nan) is n1, ident(float("nan")) is n1, len(ident.cache))

# -1 hashes as -2: (-1,) and (-2,) collide but stay distinct keys
print(ident(-1) is ident(-2), ident(-1) is ident(-1), hash((-1,)) == hash((-2,)))


class Minus1:
    def __hash__(self):
        return -1

    def __eq__(self, other):
        return isinstance(other, Minus1)


m = Minus1()
print(hash(m), ident(m) is ident(Minus1()), hash((m,)) == hash(((-2),)))

# unhashable items at any depth: CPython's message, the cache unchanged
before = len(ident.cache)
for bad in [([1],), ((1, [2]),), (1, (2, (3, {}))), ((), {1, 2})]:
    try:
        ident(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ident(k=[1])
except TypeError as e:
    print("TypeError:", e)
print(len(ident.cache) == before)


# a hash that raises, and an __eq__ that raises, inside a key
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")


try:
    ident(BadHash())
except ValueError as e:
    print("ValueError:", e)


class BadEq:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        raise KeyError("eq called")


x = BadEq(7)
print(ident(x) is ident(x))  # the same object: identity, no __eq__
try:
    ident(BadEq(7))
except KeyError as e:
    print("KeyError:", e)


# an __eq__ that empties the cache while it is searched
class Clearing:
    def __init__(self, cache, v):
        self.cache = cache
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        self.cache.clear()
        return isinstance(other, Clearing) and self.v == other.v


c1 = ident(Clearing(ident.cache, 5))
try:
    c2 = ident(Clearing(ident.cache, 5))
    print("after clear", c1 is c2, len(ident.cache))
except RuntimeError as e:
    print("RuntimeError:", e)

# keyword order does not matter to the key; the function sees the call's order
@memoize
def kworder(**kw):
    return list(kw)


print(kworder(a=1, b=2), kworder(b=2, a=1), len(kworder.cache))
print(kworder(), kworder(**{}), len(kworder.cache))
