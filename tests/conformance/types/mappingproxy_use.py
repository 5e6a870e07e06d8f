from types import MappingProxyType

backing = {'a': 1}
view = MappingProxyType(backing)
print(view['a'], len(view), 'a' in view, list(view), view.get('b', 'none'))
backing['b'] = 2
print(sorted(view.items()), sorted(view.keys()), sorted(view.values()))
print(repr(view), view.copy() == backing, view.copy() is not backing)
try:
    view['c'] = 3
except TypeError as e:
    print(e)
try:
    del view['a']
except TypeError as e:
    print(e)
try:
    MappingProxyType(5)
except TypeError as e:
    print(e)
