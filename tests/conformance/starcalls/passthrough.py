# Calls through *args/**kwargs wrappers: the tuple and dict a wrapper gets
# are its own (never the caller's objects), a tuple subclass or any iterable
# after * becomes a plain tuple, an empty ** builds nothing visible, and
# keyword order, duplicates and errors are CPython's.
def passthrough(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


def show(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs


class T(tuple):
    pass


class D(dict):
    pass


w = passthrough(show)
t = (1, 2)
print(w(*t), show(*t)[1] is t)
st = T([3, 4])
print(w(*st), type(show(*st)[1]) is tuple)
print(w(*[5, 6]), w(*range(2)), w(*"ab"), w(*{7: 0}))
d = {"a": 1}
r = show(**d)
print(r, r[3] is d)
r[3]["z"] = 0
print(d)
print(w(**D(b=2)), w(**{}), w(*(), **{}))
print(w(1, *t, 3, *st, x=1, **{"y": 2}))


def args_identity(*args):
    return args


a = (1, 2, 3)
print(args_identity(*a) == a, type(args_identity(*T(a))) is tuple)


def kwargs_identity(**kw):
    return kw


k = {"p": 1}
print(kwargs_identity(**k) is k, kwargs_identity(**k) == k)

# empty containers
e = ()
EMPTY = e
print(args_identity(*e) is EMPTY, args_identity() is EMPTY, kwargs_identity(**{}) == {})


# the wrapped function's own parameters filled from the dict
def add(a, b, scale=1):
    return (a + b) * scale


wa = passthrough(add)
print(wa(1, 2), wa(1, 2, scale=3), wa(b=1, a=2), wa(*(1,), **{"b": 5, "scale": 2}))
for args, kw in [((1, 2, 3, 4), {}), ((1,), {}), ((1, 2), {"c": 1}), ((1, 2), {"a": 1}),
                 ((), {"b": 1})]:
    try:
        wa(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    add(1, *[2], **{"b": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*1)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    show(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)


# sorted() and tuple() of empty and one-item inputs: new lists, shared ()
EMPTY = tuple()
def key_of(**kw):
    return tuple(sorted(kw.items()))


print(key_of() is EMPTY, key_of(a=1), key_of(b=2, a=1))
l1 = sorted({}.items())
l2 = sorted({}.items())
print(l1, l1 is l2, sorted([]) is sorted([]))
one = sorted({"k": [1]}.items())
one[0][1].append(2)
print(one, sorted([3]), sorted((4,), reverse=True), sorted([5], key=lambda v: -v))
print(tuple([]) is EMPTY, tuple(()) is EMPTY, tuple(iter([])) is EMPTY, tuple(T()) is EMPTY)
calls = []
print(sorted([9], key=lambda v: calls.append(v) or v), calls)
try:
    sorted([1], key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted({"x": 1}.keys()), sorted({"x": 1}.values()), sorted({}.keys()))

# a dict's first insertion while something iterates it
dd = {}
it = iter(dd)
dd["a"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
dd.clear()
dd["b"] = 2
dd.update(c=3)
print(dd, len(dd), dd.popitem(), dd)


# forwarders whose tuple and dict are captured, rebound, mutated; odd names
def capture(*args, **kwargs):
    def inner():
        return args, kwargs

    kwargs["seen"] = len(args)
    return inner


print(capture()(), capture(1, 2, a=3)(), capture(*range(40))()[1])
print(capture(**{"not an identifier": 1, "": 2})())


def rebinds(*args, **kwargs):
    args = args + (0,)
    kwargs = dict(kwargs, extra=1)
    return args, kwargs


print(rebinds(), rebinds(5, k=6))
big = {"k%d" % i: i for i in range(20)}
print(len(capture(**big)()[1]), list(capture(**big)()[1])[:3])
