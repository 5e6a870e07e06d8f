def f(a, b, /, c, d=4, *, e, g=7):
    return (a, b, c, d, e, g)

def tryit(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except TypeError as exc:
        print(label, "TypeError:", exc)

tryit(1, f, 1, 2, 3, e=5)
tryit(2, f, 1, 2, c=3, e=5)
tryit(3, f, 1, b=2, c=3, e=5)
tryit(4, f, a=1, b=2, c=3, e=5)
tryit(5, f, 1, 2, 3, 4, 5, e=5)
tryit(6, f, 1, 2, 3, 4, 5, 6)
tryit(7, f, 1, 2, 3)
tryit(8, f, 1)
tryit(9, f)
tryit(10, f, 1, 2, 3, e=5, zz=1)
tryit(11, f, 1, 2, 3, c=3, e=5)
tryit(12, f, 1, 2, e=1)

def g(a, /, **kw):
    return a, sorted(kw.items())
tryit(13, g, 1, a=2)
tryit(14, g, a=2)
tryit(15, g, 1, b=2, a=3)

def h(a, b=2, /):
    return a, b
tryit(16, h, 1)
tryit(17, h, 1, 2)
tryit(18, h, 1, 2, 3)
tryit(19, h, b=1)
tryit(20, h, 1, b=1)
tryit(21, h)

lam = lambda x, /, y: (x, y)
tryit(22, lam, 1, 2)
tryit(23, lam, x=1, y=2)
tryit(24, lam, 1, y=2)

class C:
    def m(self, x, /, y):
        return x, y
    @staticmethod
    def s(x, /):
        return x
    @classmethod
    def k(cls, x, /, *, y):
        return cls.__name__, x, y
c = C()
tryit(25, c.m, 1, 2)
tryit(26, c.m, x=1, y=2)
tryit(27, C.s, x=1)
tryit(28, C.k, 1, y=2)
tryit(29, C.k, x=1, y=2)
tryit(30, C.k, 1, 2)
tryit(31, c.m)
tryit(32, c.m, 1, 2, 3)

def kwonly(*, a, b, c=3):
    return a, b, c
tryit(33, kwonly)
tryit(34, kwonly, 1)
tryit(35, kwonly, 1, a=1)
tryit(36, kwonly, a=1)
tryit(37, kwonly, b=1, a=2, d=4)
tryit(38, kwonly, 1, 2, a=1, b=2)

def many(a, b, c, d, /):
    pass
tryit(39, many, a=1, b=2, c=3, d=4)
tryit(40, many, 1, d=4)
tryit(41, many, 1)

def one(a):
    pass
tryit(42, one)
tryit(43, one, 1, 2)
tryit(44, one, a=1, b=2)
tryit(45, one, 1, a=1)
def zero():
    pass
tryit(46, zero, 1)
tryit(47, zero, x=1)
def three(a, b, c):
    pass
tryit(48, three)
tryit(49, three, 1)
tryit(50, three, c=1)
def defs(a, b=1, c=2):
    pass
tryit(51, defs, 1, 2, 3, 4)
tryit(52, defs)
def kwg(a, *, k):
    pass
tryit(53, kwg, 1, 2, k=3)
tryit(54, kwg, 1, 2)
def kw2(a, *, k, j):
    pass
tryit(55, kw2, 1, 2, k=3, j=4)
tryit(56, kw2, 1, 2, 3, k=3, j=4)

import inspect
print(inspect.signature(f))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(inspect.signature(g), inspect.signature(h), inspect.signature(lam))
print(f.__defaults__, f.__kwdefaults__)

def star(a, /, *args, **kwargs):
    return a, args, sorted(kwargs.items())
print(star(1, 2, 3, a=4, b=5))
tryit(57, star, **{'a': 1})
tryit(58, star, *[], **{'a': 1, 'b': 2})
tryit(59, f, *(1, 2), **{'c': 3, 'e': 1, 'a': 9})
for label, thunk in ((60, lambda: one(**{1: 2})), (61, lambda: one(*1)), (62, lambda: one(**1)),
                     (60.5, lambda: f(1, 2, 3, e=1, **{'e': 2})), (60.6, lambda: f(1, 2, 3, e=1, **{'e': 2}, **{'e': 3}))):
    try:
        thunk()
    except TypeError as exc:
        print(label, "TypeError:", exc)
tryit(63, one, 1, **{'a': 2})

class D:
    def __init__(self, x, /, y):
        self.v = (x, y)
tryit(65, lambda *a, **k: D(*a, **k).v, 1, 2)
tryit(66, D, x=1, y=2)
tryit(67, D)
class E:
    pass
tryit(68, E, 1)
tryit(69, E, a=1)
def nested():
    def inner(p, /, q):
        return p, q
    return inner
tryit(70, nested(), p=1, q=2)
tryit(71, f, 1, 2, 3, **{'c': 4, 'e': 5})
