# inspect.signature of functools.partial objects: mock's autospec checks calls
# against the signature of partial(method, None), and decorators libraries
# print the signatures their wrappers keep.
import functools
import inspect


def f(a, b, /, c, d=4, *args, e, g=7, **kw):
    return a, b, c, d, args, e, g, kw


class Thing:
    def value(self):
        return 1

    def scale(self, x, factor=2):
        return x * factor


cases = [
    functools.partial(f, 1),
    functools.partial(f, 1, 2),
    functools.partial(f, 1, 2, 3),
    functools.partial(f, 1, 2, 3, 4, 5, 6),
    functools.partial(f, 1, 2, c=3),
    functools.partial(f, 1, 2, d=9),
    functools.partial(f, e=5),
    functools.partial(f, 1, 2, 3, z=1),
    functools.partial(functools.partial(f, 1), 2, g=0),
    functools.partial(Thing.value, None),
    functools.partial(Thing.scale, None, factor=10),
    functools.partial(Thing().scale, 3),
    functools.partial(max, 1) if False else functools.partial(lambda *a, **k: (a, k), 1, x=2),
]
for p in cases:
    sig = inspect.signature(p)
    print(sig, [(n, q.kind.name) for n, q in sig.parameters.items()][:4])

sig = inspect.signature(functools.partial(Thing.value, None))
for args in ((), (1,)):
    try:
        sig.bind(*args)
        print("binds", args)
    except TypeError as e:
        print("TypeError", e)
try:
    inspect.signature(functools.partial(f, 1, 2, 3, c=4))
except ValueError as e:
    print("ValueError", str(e).split(" object")[0])


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


print(inspect.signature(functools.partial(wrapper, 1, 2)))
