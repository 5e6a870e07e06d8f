# itertools.tee is a builtin function and its iterators are of the type itertools._tee: they
# share one buffer (a tee of a tee too), copy with __copy__, and refuse re-entry.
import copy
import itertools
print(repr(itertools.tee), itertools._tee, itertools.tee.__name__)
a, b = itertools.tee([1, 2, 3])
print(type(a), type(a) is itertools._tee, isinstance(b, itertools._tee), repr(a)[:24])
print(next(a), list(b), list(a))
x, y, z = itertools.tee(iter(range(200)), 3)
print(sum(x), next(y), next(y), sum(z), list(y)[-1])
# a tee of a tee: the first is the same object, the others copies standing where it stands
a, b = itertools.tee("abcdef")
next(a)
c, d = itertools.tee(a)
print(c is a, next(c), next(d), next(a), list(b), list(d), list(a))
e = a.__copy__()
f = copy.copy(b)
print(type(e).__name__, list(e), list(f))
# _tee(iterable): a new reader, or a copy of a _tee
t = itertools._tee([7, 8])
u = itertools._tee(t)
print(next(t), list(u), list(t))
# n
print(itertools.tee([1], 0), len(itertools.tee([1], 5)), itertools.tee([1], True)[0].__class__)
for args in ((), ([1], 2, 3), ([1], -1), ([1], "2"), ([1], 2.0), (5,)):
    try:
        itertools.tee(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    itertools.tee([1], n=2)
except TypeError as e:
    print(e)
for args in ((), (1, 2)):
    try:
        itertools._tee(*args)
    except TypeError as e:
        print(e)
# an iterator with its own __copy__ is copied with it
class Copyable:
    def __init__(self, i=0):
        self.i = i
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
    def __copy__(self):
        print("copy at", self.i)
        return Copyable(self.i)
p, q = itertools.tee(Copyable())
print(type(p).__name__, type(q).__name__, list(p), list(q))
# re-entry through the source
def src():
    yield 1
    yield next(r1)
r1, r2 = itertools.tee(src())
print(next(r1))
try:
    next(r1)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
# readers far apart: the blocks behind the slowest are freed, a long chain frees without recursion
big1, big2 = itertools.tee(range(300000))
print(sum(big1), next(big2))
del big2
lead, lag = itertools.tee(iter(range(10)))
print(list(itertools.islice(lead, 4)), list(zip(lag, lead)))
# a cycle through the buffer is collected
import gc
class Node:
    pass
n = Node()
it1, it2 = itertools.tee(iter([n]))
n.ref = it2
next(it1)
del n, it1, it2
print(gc.collect() >= 0)
# exhausted source: later next() asks it again
g = iter([1])
s1, s2 = itertools.tee(g)
print(list(s1), list(s1), list(s2))
