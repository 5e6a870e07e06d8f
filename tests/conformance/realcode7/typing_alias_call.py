# Calling a typing alias calls its origin (typing.ItemsView(m), Deque[int]()),
# except the aliases of builtins (List, Dict, Set, Tuple, Type, FrozenSet).
import typing

m = {'a': 1, 'b': 2}
view = typing.ItemsView(m)
print(type(view).__name__, sorted(view), ('a', 1) in view)
print(typing.KeysView(m), typing.Deque[int]([1, 2]), typing.DefaultDict(list)['k'])
c = typing.Counter('abca')
print(c.most_common(1), typing.OrderedDict(x=1))
for alias in (typing.List, typing.Dict, typing.Set, typing.Tuple, typing.Type,
              typing.FrozenSet, typing.List[int], typing.Dict[str, int]):
    try:
        alias()
    except TypeError as e:
        print('TypeError:', e)
try:
    typing.Mapping()
except TypeError as e:
    print('TypeError:', str(e).split(' with ')[0])
