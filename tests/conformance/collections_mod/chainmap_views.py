# ChainMap's keys(), values() and items() are live views, set-like where CPython's are
from collections import ChainMap
cm = ChainMap({'a': 1}, {'b': 2, 'a': 3})
k = cm.keys(); v = cm.values(); i = cm.items()
print(k, v, i, type(k).__name__, type(k).__module__)
print(k & {'a'}, sorted(k | {'z'}), k - {'a'}, sorted(k ^ {'a', 'q'}), {'a'} & k, k == {'a', 'b'}, k == ['a', 'b'], i == {('a', 1), ('b', 2)})
print(('a', 1) in i, ('a', 3) in i, 1 in v, 3 in v, len(v), len(k), list(k), list(v), list(i))
print(k.isdisjoint({'x'}), k <= {'a', 'b', 'c'}, k < {'a', 'b'}, k >= {'a'}, k > {'a', 'b'})
cm['c'] = 9
print(list(k), list(v), list(i), 'c' in k)
try:
    hash(k)
except TypeError as e:
    print(e)
print(dict(cm.items()), sorted(cm.values()), cm == {'a': 1, 'b': 2, 'c': 9})
for key, val in cm.items():
    print(key, val)
child = cm.new_child({'d': 4})
print(sorted(child.keys()), sorted(child.values()), child.parents.keys())
