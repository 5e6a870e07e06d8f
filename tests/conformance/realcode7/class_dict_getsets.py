# A class statement puts __dict__ and __weakref__ descriptors in the class's own
# namespace when no base provides them yet; code that copies vars(cls) or asks
# for them by name (proxies, class decorators) relies on the entries.
import weakref


class Plain:
    pass


class Child(Plain):
    pass


class Slim:
    __slots__ = ('a',)


class SlimWeak:
    __slots__ = ('a', '__weakref__')


class SlimDict:
    __slots__ = ('a', '__dict__')


class Reopened(Slim):
    pass


class Failure(Exception):
    pass


class Counted(int):
    pass


class Listing(list):
    pass


for cls in (Plain, Child, Slim, SlimWeak, SlimDict, Reopened, Failure, Counted, Listing):
    ns = cls.__dict__
    print(cls.__name__, '__dict__' in ns, '__weakref__' in ns)

gd = Plain.__dict__['__dict__']
gw = Plain.__dict__['__weakref__']
print(repr(gd), repr(gw))
print(type(gd).__name__, type(gw).__name__, type(gd) is type(gw))
print(gd.__name__, gd.__qualname__, gd.__objclass__ is Plain)
print(gd.__doc__)
print(gw.__doc__)

p = Plain()
p.colour = 'red'
print(gd.__get__(p), gd.__get__(None, Plain) is gd)
print(gw.__get__(p))
r = weakref.ref(p)
print(gw.__get__(p) is r, p.__weakref__ is r)
gd.__set__(p, {'size': 3})
print(p.size, vars(p))
p.__dict__ = {'shape': 'round'}
print(p.shape)

try:
    gd.__get__(42)
except TypeError as e:
    print('TypeError:', e)
try:
    p.__weakref__ = None
except AttributeError as e:
    print('AttributeError:', e)
try:
    gw.__set__(p, None)
except AttributeError as e:
    print('AttributeError:', e)
c = Child()
print(gd.__get__(c), Child().__weakref__)

# a metaclass that copies a namespace without the entries, as proxies do
class Copying(type):
    def __new__(mcls, name, bases, ns):
        ns = dict(ns)
        ns.update({k: v for k, v in vars(Plain).items() if k not in ('__dict__', '__weakref__')})
        ns.pop('__dict__', None)
        return super().__new__(mcls, name, bases, ns)


class Made(metaclass=Copying):
    pass


print(sorted(k for k in vars(Made) if k.startswith('__w') or k == '__dict__'))
print([k for k in vars(Plain) if k in ('__module__', '__dict__', '__weakref__', '__doc__')])
