# The empty tuple is one object, as in CPython (every way of making one
# gives it back), and sorted() with and without its keywords, errors included.
import gc
import sys

E = ()
a = ()
b = tuple([])
c = tuple()
d = tuple(x for x in [])
e = (1, 2)[5:]
f = tuple({}.items())
print(a is b, b is c, c is d, d is e, e is f, a is E)


def g(*args):
    return args


print(g() is E, g(*[]) is E, len(g()))
print(tuple(sorted({}.items())) is E, tuple(()) is E, tuple(list(())) is E)
print(hash(()) == hash(tuple([])), () == (), () < (1,), repr(()), str(()))
print(sys.getsizeof(()) == sys.getsizeof(tuple([])), gc.is_tracked(()))
print(((),) == (tuple(),), {(): 1}[tuple([])], ((), ()) == (g(), g()))
print([] == list(()), list(()) is not list(()), E + E is E, E * 5 is E)
t = (1, 2, 3)
print(t[3:] is E, t[:0] is E, t[::-1][5:] is E)

data = [3, -1, 2, -5]
print(sorted(data), sorted(data, reverse=True))
print(sorted(data, key=abs), sorted(data, key=abs, reverse=1))
print(sorted(data, reverse=False, key=None), sorted(()), sorted({}))
print(sorted({"b": 1, "a": 2}.items()), sorted("cab"), sorted(range(3), reverse=True))
calls = [
    lambda: sorted(data, cmp=1),
    lambda: sorted(data, key=abs, rev=True),
    lambda: sorted(),
    lambda: sorted(data, data),
    lambda: sorted(data, reverse="yes"),
    lambda: sorted(data, reverse=None),
    lambda: sorted(data, key=5),
    lambda: sorted([1, "a"]),
    lambda: sorted(5),
    lambda: sorted(iterable=data),
]
for call in calls:
    try:
        print(call())
    except Exception as ex:
        print(type(ex).__name__, ex)
