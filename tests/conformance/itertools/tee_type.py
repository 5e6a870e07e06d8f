# tee's iterators are itertools._tee objects: a type one can call (on an iterable, or on a
# tee to copy it), copy, weakly reference and subclass-check; copies share one buffer, and a
# tee of a tee is made of copies of it.
import copy
import itertools
import weakref
a, b = itertools.tee(iter([1, 2, 3, 4]))
print(type(a), type(a).__name__, type(a).__module__, type(a) is itertools._tee)
print(next(a), list(b), list(a))
c, d = itertools.tee(a)
print(c is a, type(d) is itertools._tee)
x, y = itertools.tee(range(5), 2)
z = copy.copy(x)
print(next(x), next(x), list(z), list(y), list(x))
t = itertools.tee([1, 2, 3])[0]
u, v = itertools.tee(t, 2)
print(u is t, next(u), list(v), list(t))
w = itertools._tee([7, 8, 9])
print(next(w), list(w.__copy__()), list(w))
w2 = itertools._tee(itertools._tee('abc'))
print(type(w2).__name__, list(w2))
src = itertools._tee('xyz')
next(src)
same = itertools._tee(src)
print(same is src, list(same), list(src))
print(itertools.tee([1], 0), len(itertools.tee('ab', 5)))
for bad in [lambda: itertools.tee([1], -1), lambda: itertools._tee(3), lambda: itertools.tee(5),
            lambda: itertools.tee([1], 'x'), lambda: itertools.tee(), lambda: itertools._tee(),
            lambda: itertools.tee([1], 2, 3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import collections.abc
print(isinstance(a, collections.abc.Iterator), iter(a) is a)
r = weakref.ref(x)
print(r() is x)
def gen():
    yield 1
    raise ValueError("from the source")
p, q = itertools.tee(gen())
print(next(p), next(q))
try:
    next(p)
except ValueError as e:
    print("ValueError:", e)
print(list(q))
m, n = itertools.tee(iter(range(10)))
print(list(zip(m, itertools.islice(n, 1, None))))
