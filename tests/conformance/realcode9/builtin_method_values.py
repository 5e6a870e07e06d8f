# The methods of builtin types compare equal wherever they are looked up, as CPython's
# wrappers do (rich tells a container with its own __repr__ by dict.__repr__ != its
# class's), and hash alike; functions, builtins and bound methods answer object's methods
# (cbor2 copies namedtuple.__hash__ at import) and __call__ (asteval asks every callee);
# a property's __doc__ is writable (namedtuple fields get docstrings so, bleach).
from collections import namedtuple


class A:
    def m(self, x):
        return x + 1


class D(dict):
    pass


class R(dict):
    def __repr__(self):
        return 'R!'


print(dict.__repr__ == dict.__repr__, list.append == list.append, int.__add__ != int.__add__)
print(A.__init__ == object.__init__, A.__repr__ == object.__repr__, D.__repr__ == dict.__repr__,
      R.__repr__ == dict.__repr__, str.__hash__ == int.__hash__, str.upper == str.lower)
print(hash(dict.__repr__) == hash(dict.__repr__), {list.append: 1}[list.append])
xs, ys = [], []
print(xs.append == xs.append, xs.append == ys.append, hash(xs.append) == hash(xs.append),
      {xs.append: 'x'}[xs.append], len == len, len != abs)
a = A()
print(a.m == a.m, {a.m: 'bound'}[a.m], hash(a.m) == hash(a.m), a.m != A().m)


def f():
    pass


print(f.__hash__() == hash(f), f.__eq__(f), f.__eq__(1), f.__ne__(f), f.__repr__() == repr(f),
      f.__str__() == str(f), f.__format__('') == str(f))
print(len.__hash__() == hash(len), len.__eq__(len), len.__eq__(abs), len.__repr__(),
      a.m.__eq__(a.m), a.m.__hash__() == hash(a.m))
print(namedtuple.__hash__() == hash(namedtuple), callable(len.__call__),
      len.__call__([1, 2, 3]), a.m.__call__(4), sorted.__call__([3, 1], reverse=True))
print(all(hasattr(x, n) for x in (f, len, a.m, [].append)
          for n in ('__hash__', '__eq__', '__ne__', '__repr__', '__str__', '__call__',
                    '__format__', '__sizeof__', '__getattribute__', '__setattr__', '__dir__')))
Pair = namedtuple('Pair', 'left right')
Pair.left.__doc__ = 'the first one'
print(Pair.left.__doc__, Pair.right.__doc__)
p = property(lambda self: 1, doc='old')
p.__doc__ = 'new'
print(p.__doc__)
del p.__doc__
print(p.__doc__)
for name in ('fget', 'other'):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print('AttributeError', e)
