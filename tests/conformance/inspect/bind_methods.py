# Signature.bind, methods and classes, decorated functions followed through __wrapped__.
import inspect


def f(a, b=2, *args, c, d=4, **kw):
    pass


sig = inspect.signature(f)
ba = sig.bind(1, 5, 6, c=3, e=9)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba)
for args, kwargs in [((1,), {}), ((), {"c": 1}), ((1, 2), {"a": 3, "c": 1})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.signature(lambda x: 0).bind(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(lambda x: 0).bind(1, y=2)
except TypeError as e:
    print("TypeError:", e)
print(sig.bind_partial(c=1))


class C:
    def __init__(self, x, y=0):
        self.x = x

    def method(self, p, *q):
        pass

    @classmethod
    def build(cls, spec):
        pass

    def __call__(self, event, when=None):
        pass


print(inspect.signature(C), inspect.signature(C(1).method), inspect.signature(C.method))
print(inspect.signature(C.build), inspect.signature(C(1)))


def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    wrapper.__wrapped__ = fn
    return wrapper


@deco
def decorated(alpha, beta=1):
    pass


print(inspect.signature(decorated), inspect.signature(decorated, follow_wrapped=False))
print(inspect.unwrap(decorated).__name__)
