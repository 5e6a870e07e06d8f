# A builtin type's __dict__ lists its own methods and its instances' computed
# attributes; types.GetSetDescriptorType and MemberDescriptorType name them.
import types

d = dict.__dict__
for name in ('fromkeys', 'get', 'items', 'keys', 'pop', 'setdefault', 'update', '__getitem__',
             '__len__', '__contains__'):
    print(name, name in d)
print(d['get']({'a': 1}, 'a'), d['keys']({'x': 1}))
print('append' in list.__dict__, 'join' in str.__dict__, 'bit_length' in int.__dict__)
print(list.__dict__['append'] is not None, 'fromkeys' in list.__dict__)

def f(a, b=2, *, c=3):
    return a + b + c

ft = types.FunctionType
for name in ('__code__', '__defaults__', '__kwdefaults__', '__globals__', '__closure__',
             '__name__', '__qualname__', '__dict__', '__annotations__', '__doc__', '__module__'):
    print(name, name in ft.__dict__)
code_attr = ft.__code__
print(type(code_attr) is types.GetSetDescriptorType, type(code_attr).__name__)
print(code_attr.__get__(f).co_name, ft.__dict__['__defaults__'].__get__(f))
print(code_attr.__name__, code_attr.__objclass__ is ft, repr(code_attr))
print(ft.__kwdefaults__.__get__(f))
try:
    code_attr.__get__(1)
except TypeError as e:
    print('TypeError:', e)


class Point:
    __slots__ = ('x', 'y')


print(type(Point.x) is types.MemberDescriptorType, types.MemberDescriptorType.__name__)
print(types.GetSetDescriptorType.__name__, isinstance(object.__dict__, types.MappingProxyType))
print(isinstance(type(Point.__dict__['x']), type))

# a registry keyed by these types, as object serializers build one
table = {types.GetSetDescriptorType: 'getset', types.MemberDescriptorType: 'member'}
print(table[type(ft.__code__)], table[type(Point.y)])
