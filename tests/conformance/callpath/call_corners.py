# Corners of the call path: bound-method identity, keyword order through
# **kwargs, *args from generators and other iterables, **kwargs with keys
# that are not strs, __init__ returning something, a method replaced on the
# instance after its call site was warm.
class A:
    def f(self, *args, **kwargs):
        return args, list(kwargs.items())


a = A()
print(a.f is a.f, a.f == a.f, a.f.__func__ is A.f, a.f.__self__ is a)


def kw(**kwargs):
    return list(kwargs)


print(kw(z=1, a=2, m=3), kw(**{"b": 1, "a": 2}, c=3), kw(c=0, **{"y": 1, "x": 2}))
print(a.f(*(i * i for i in range(4)), k=1), a.f(*"ab", *range(2)), a.f(*{3: 0, 1: 0}))
try:
    kw(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    a.f(**{"ok": 1, (1,): 2})
except TypeError as e:
    print("TypeError", e)
try:
    kw(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)


def boom():
    yield 1
    raise ValueError("in the generator")


try:
    a.f(*boom())
except ValueError as e:
    print("ValueError", e)


class R:
    def __init__(self, v):
        self.v = v
        if v:
            return v


print(R(0).v)
for v in (1, "s", [1]):
    try:
        R(v)
    except TypeError as e:
        print("TypeError", e)


class W:
    def m(self, x):
        return x + 1


w = W()
total = 0
for i in range(50):
    if i == 30:
        w.m = lambda x: x * 100
    total += w.m(i)
print(total)
del w.m
print(w.m(1))
