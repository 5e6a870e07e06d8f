# A forwarder, `def w(*args, **kwargs)`, gets its tuple and dict straight
# from the call's stack (no binder), and `f(*args, **kwargs)` into a
# function of positional parameters binds by name into its slots: every
# parameter shape around them, the errors CPython gives, and the objects
# each side sees.
import sys


def fwd(*args, **kwargs):
    return args, kwargs


def show(*a, **k):
    r = fwd(*a, **k)
    print(type(r[0]).__name__, r[0], type(r[1]).__name__, r[1])


# positionals and keywords of every count (more than five keywords: a dict
# past its first table)
show()
show(1)
show(1, 2, 3)
show(a=1)
show(1, b=2, a=1)
show(k1=1, k2=2, k3=3, k4=4, k5=5)
show(0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10, k11=11)
print(fwd(*range(20), **{"k%d" % i: i for i in range(20)}) == (tuple(range(20)), {"k%d" % i: i for i in range(20)}))
print(list(fwd(z=1, a=2, m=3)[1]))  # keyword order kept
EMPTY = ()
args, kw = fwd()
print(args is EMPTY, kw == {}, type(kw) is dict)

# each call's tuple and dict are new and its own
x = fwd(1, a=1)
y = fwd(1, a=1)
print(x == y, x[0] is not y[0], x[1] is not y[1])
x[1]["b"] = 2
x[1].pop("a")
print(x, y)
t = (1, 2)
print(fwd(*t)[0] is t, fwd(*t)[0] == t)


# a forwarder that mutates, rebinds and keeps what it got
kept = []


def mutate(*args, **kwargs):
    kwargs["added"] = len(args)
    del kwargs["first"]
    args = args + ("more",)
    kept.append((args, kwargs))
    return args, kwargs


d = {"first": 1, "second": 2}
print(mutate(9, **d), d)
print(mutate(first=0), kept)


# methods: the receiver is the tuple's first item
class C:
    def m(*args, **kwargs):
        return len(args), type(args[0]).__name__, kwargs

    @staticmethod
    def s(*args, **kwargs):
        return args, kwargs

    @classmethod
    def c(*args, **kwargs):
        return args[0].__name__, args[1:], kwargs


o = C()
print(o.m(), o.m(1, k=2), C.m(o, 3), C.s(1, q=2), o.s(), C.c(5, z=1), o.c())
bound = o.m
print(bound(7, w=8))


# a forwarder whose tuple or dict a closure captures (cell variables): the
# general binder
def captures(*args, **kwargs):
    def inner():
        return args, kwargs

    return inner


print(captures(1, 2, x=3)())


def captures_dict(*args, **kwargs):
    return lambda: kwargs


print(captures_dict(k=1)())


# defaults and keyword-only parameters are no forwarder
def kwonly(*args, flag=False, **kwargs):
    return args, flag, kwargs


print(kwonly(1, flag=True, other=2), kwonly(x=1))


def first(a, *args, **kwargs):
    return a, args, kwargs


print(first(1, 2, k=3), first(a=4))


# the memoizer's shape, keyed on the dict
def memoize(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


@memoize
def plain(a, b, scale=1):
    return (a + b) * scale


print([plain(i, 1, scale=2) for i in range(3)], plain(1, 1), plain(1, b=1), plain(b=1, a=1))
print(plain(1, 2, 3), plain(a=1, b=2, scale=3))


# f(*args, **kwargs) into positional parameters: by name, defaults, and
# every error the general binder gives
def three(a, b, c=3):
    return a, b, c


def call(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except TypeError as e:
        return "TypeError: %s" % e


print(call(three, 1, 2), call(three, 1, b=2), call(three, c=0, b=2, a=1), call(three, 1, 2, c=9))
print(call(three, 1, a=2))
print(call(three, 1, 2, b=5))
print(call(three, 1, d=4))
print(call(three, 1))
print(call(three, c=1))
print(call(three, 1, 2, 3, 4))
print(call(three, 1, 2, 3, c=4))


def posonly(a, b=2, /, c=3):
    return a, b, c


print(call(posonly, 1, c=5), call(posonly, 1, 2, 3))
print(call(posonly, 1, a=5))
print(call(posonly, 1, b=5))
print(call(posonly, c=5))


def kwonly_params(a, *, b, c=3):
    return a, b, c


print(call(kwonly_params, 1, b=2), call(kwonly_params, a=1, b=2, c=4))
print(call(kwonly_params, 1))
print(call(kwonly_params, 1, 2))


def nothing():
    return "none"


print(call(nothing), call(nothing, **{}), call(nothing, *()))
print(call(nothing, x=1))


def many(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16=16, p17=17):
    return p0 + p15 + p16 + p17


print(call(many, *range(15), p15=100), call(many, *range(15), p17=1, p15=2, p16=3))
print(call(many, *range(15)))

# keywords that are not strs, and dicts changed before they are passed
for f in (three, fwd):
    try:
        f(1, 2, **{1: 2})
    except TypeError as e:
        print("TypeError:", e)
    try:
        f(1, 2, **{"c": 3, 4: 5})
    except TypeError as e:
        print("TypeError:", e)
kw = {"a": 1, "b": 2, "c": 3}
del kw["a"]
print(call(three, 0, **kw))
kw["a"] = 5
print(call(three, **kw))
kw = {"c": 1, "junk": 0}
kw.pop("junk")
print(call(three, 1, 2, **kw))


class T(tuple):
    pass


class D(dict):
    pass


print(call(three, *T((1, 2))), call(three, *T((1,)), **D(b=5)), call(fwd, *T((1,)), **D(b=5)))
print(call(three, *[1, 2], **{"c": "list"}), call(three, *iter((1,)), b=0))


# a callee that rebinds its own name while it runs, and one that is
# rebound between calls
def rebinds(a, b=0):
    global rebinds

    def rebinds(*args, **kwargs):
        return "second", args, kwargs

    return "first", a, b


print(call(rebinds, 1, b=2), call(rebinds, 1, b=2))


def target(a, b=1):
    return "target", a, b


def swap(*args, **kwargs):
    return target(*args, **kwargs)


print(swap(1, b=2))
target = fwd
print(swap(1, b=2))


# errors inside a forwarded call and the recursion limit through forwarders
def boom(*args, **kwargs):
    raise ValueError(args, kwargs)


try:
    swap2 = memoize(boom)
    swap2(1, k=2)
except ValueError as e:
    print("ValueError", e.args)


def deep(*args, **kwargs):
    return deep(*args, **kwargs)


def deep_kw(*args, **kwargs):
    return deep_kw(1, k=2)


for f in (deep, deep_kw):
    try:
        f(0, k=1)
    except RecursionError as e:
        print("RecursionError", e)
print(sys.getrecursionlimit() > 100)


# generator, coroutine and __init__ forwarders: the frame made from the
# stack becomes the generator's or the instance's as any other
def gen_fwd(*args, **kwargs):
    yield args
    yield kwargs


print(list(gen_fwd(1, 2, a=3)), list(gen_fwd()))


async def co_fwd(*args, **kwargs):
    return args, kwargs


c = co_fwd(1, k=2)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)


class K:
    def __init__(*args, **kwargs):
        print("init", len(args), kwargs)


K(1, z=2)
