# `tuple(sorted(x.items()))` and `sorted(x.items())` with x a local: the
# quickened run makes the pairs from an exact dict's entries; every other
# shape (other callables, other receivers, names rebound) runs as written.
import builtins
import gc


def key_of(d):
    return tuple(sorted(d.items()))


def list_of(d):
    return sorted(d.items())


def kw_key(*args, **kwargs):
    return (args, tuple(sorted(kwargs.items())))


for d in ({}, {"a": 1}, {"b": 2, "a": 1}, {"c": 3, "a": 1, "b": 2}, {3: "x", 1: "y", 2: "z"}):
    k = key_of(d)
    l = list_of(d)
    print(k, type(k).__name__, l, type(l).__name__, len(k) == len(d))
empty = tuple()
print(key_of({}) is empty, list_of({}) == [], list_of({}) is list_of({}))

# fresh results every call: the list can be changed, the pairs are new tuples
l1 = list_of({"a": 1})
l1.append(("z", 0))
print(l1, list_of({"a": 1}))
p1 = key_of({"a": [1]})[0]
p2 = key_of({"a": [1]})[0]
print(p1 == p2, p1 is p2, gc.is_tracked(p1), gc.is_tracked(key_of({"a": 1})))

print(kw_key())
print(kw_key(1, 2))
print(kw_key(1, offset=2))
print(kw_key(1, z=1, a=2, m=3))
print(kw_key(**{"b": 1, "a": [2]}))

# NaN keys: two distinct objects, ordered as sorted() orders them
n1, n2 = float("nan"), float("nan")
print([str(k) + ":" + str(v) for k, v in key_of({n1: 1, n2: 2})])

# keys that cannot be compared: sorted's own error
for bad in ({1: "a", "b": 2}, {(1,): 0, 2: 0}):
    try:
        key_of(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        list_of(bad)
    except TypeError as e:
        print("TypeError:", e)


class Loud:
    def __init__(self, n, box):
        self.n = n
        self.box = box

    def __lt__(self, other):
        self.box.append((self.n, other.n))
        return self.n < other.n

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return self.n

    def __repr__(self):
        return "L%d" % self.n


box = []
print(key_of({Loud(2, box): "b", Loud(1, box): "a", Loud(3, box): "c"}), len(box) >= 2)


class Bad:
    def __lt__(self, other):
        raise ValueError("no order")

    def __hash__(self):
        return 1


try:
    key_of({Bad(): 1, Bad(): 2})
except ValueError as e:
    print("ValueError:", e)


# a dict subclass with its own items(), and other receivers with items()
class MyDict(dict):
    def items(self):
        return [("own", 1)]


class Pairs:
    def items(self):
        return [("q", 2), ("p", 1)]


print(key_of(MyDict(a=1)), list_of(MyDict(a=1)))
print(key_of(Pairs()), list_of(Pairs()))
print(key_of([]) if False else "list has no items")
try:
    key_of([1, 2])
except AttributeError as e:
    print("AttributeError:", e)


# the names rebound: a local, a global, the builtins module
def local_sorted(d):
    sorted = lambda x: ["local", list(x)]
    return tuple(sorted(d.items()))


def local_tuple(d):
    tuple = lambda x: ("local", x)
    return tuple(sorted(d.items()))


print(local_sorted({"a": 1}), local_tuple({"a": 1}))

saved_sorted, saved_tuple = builtins.sorted, builtins.tuple
builtins.sorted = lambda x: ["patched", list(x)]
print(key_of({"a": 1}), list_of({"a": 1}))
builtins.sorted = saved_sorted
builtins.tuple = lambda x: ("patched tuple", x)
print(key_of({"a": 1}), list_of({"a": 1}))
builtins.tuple = saved_tuple
print(key_of({"a": 1}), list_of({"a": 1}))


def global_shadow(d):
    return tuple(sorted(d.items()))


sorted = lambda x: "global sorted"
print(global_shadow({"a": 1}))
del sorted
print(global_shadow({"a": 1}))


# the same run in other places: another callable, another method, more on the stack
def others(d, l, s):
    return (
        len(d.keys()),
        list(d.values()),
        sorted(d.keys()),
        sorted(l.copy()),
        print(s.upper()),
        [tuple, sorted(d.items())],
        (tuple, None, sorted(d.items())),
        max(1, len(sorted(d.items()))),
        str(tuple(sorted(d.items()))),
    )


print(others({"b": 2, "a": 1}, [3, 1, 2], "hi"))


def unbound():
    if False:
        d = {}
    return tuple(sorted(d.items()))


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


# a memoizer keyed this way, with keyword arguments in any order
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
def f(a, b=0, *, c=0):
    return a + b * 10 + c * 100


total = 0
for i in range(300):
    total += f(i % 7, b=i % 3) + f(i % 5, c=i % 2, b=1) + f(i % 4, b=2, c=1) + f(i % 3)
print(total, len(f.cache), sorted(f.cache)[:3])
