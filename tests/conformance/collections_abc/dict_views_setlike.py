# dict_keys and dict_items are collections.abc.Set (dict_values is not): the operators,
# their methods, isdisjoint, comparisons, mapping and reversed() as CPython's.
import collections
import collections.abc as abc
d = {1: 'a', 3: 'b', 5: 'c'}
k, v, it = d.keys(), d.values(), d.items()
print(isinstance(k, abc.Set), isinstance(it, abc.Set), isinstance(v, abc.Set))
print(isinstance(k, abc.KeysView), isinstance(it, abc.ItemsView), isinstance(v, abc.ValuesView))
print(issubclass(type(k), abc.Set), issubclass(type(v), abc.Collection))
print(isinstance(collections.OrderedDict(a=1).keys(), abc.Set))
print(sorted(k & {1, 9}), sorted(k | [9]), sorted(k - {1}), sorted(k ^ {1, 7}))
print(sorted({1, 8} & k), sorted({1, 8} - k), sorted({1, 7} ^ k), sorted([2] | k if False else k))
print(sorted(it & {(1, 'a')}), sorted(it - {(1, 'a')}), sorted(it ^ {(1, 'a'), (9, 'z')}))
print(sorted(k.__and__([1, 3])), sorted(k.__rsub__({1, 2})), sorted(it.__or__({(0, '')})))
print(sorted(k.__xor__(range(4))), sorted(k.__rand__({3})), sorted(k.__ror__({0})))
print(k.isdisjoint({2, 4}), k.isdisjoint([3]), k.isdisjoint(x for x in (7, 5)), k.isdisjoint(k))
print({}.keys().isdisjoint({}.keys()), k.isdisjoint(range(100)), k.isdisjoint(set(range(6, 100))))
print(it.isdisjoint({(1, 'a')}), it.isdisjoint([(1, 'b'), 7, [1]]), it.isdisjoint(d.items()))
print(k == {1, 3, 5}, k < {1, 3, 5, 7}, k <= {1, 3, 5}, k > {1}, k >= {1, 3, 6}, k != {1})
print(it == {(1, 'a'), (3, 'b'), (5, 'c')}, it < {(1, 'a'), (3, 'b'), (5, 'c'), (7, 'd')})
print(k == k, k == d.keys(), k == [1, 3, 5], v == v, {1, 3, 5} == k, frozenset(k) == k)
for bad in ([1], {'x': [2]}):
    try:
        print(k.isdisjoint(bad))
    except TypeError as e:
        print('TypeError:', e)
for expr in ("k & 5", "k.__and__(5)", "it | None", "v & {1}", "k.isdisjoint(5)", "k.isdisjoint()"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, 'TypeError:', e)
print(k.mapping, type(k.mapping).__name__, v.mapping['a'] if False else v.mapping[3])
try:
    k.mapping[7] = 1
except TypeError as e:
    print('TypeError:', e)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__)
print(hasattr(v, 'isdisjoint'), hasattr(v, '__and__'), hasattr(k, '__reversed__'))
print(hasattr(iter([]), 'mapping'), hasattr(iter(d), 'isdisjoint'))
try:
    iter(d).mapping
except AttributeError as e:
    print('AttributeError:', e)
d[7] = 'd'
print(sorted(k), len(it), k.mapping[7])
