# frozenset: an immutable, hashable set
f = frozenset([3, 1, 2, 3])
print(f, frozenset(), frozenset(range(5)), frozenset('aa'), len(f), 2 in f, 9 in f, sorted(f))
print(f == {1, 2, 3}, {1, 2, 3} == f, f == frozenset({1, 2, 3}), f != {1}, f <= {1, 2, 3, 4}, f < {1, 2, 3}, f > frozenset({1}))
print(f | {4}, {4} | f, f & {1, 9}, f - {1}, f ^ {1, 7}, type(f | {4}).__name__, type({4} | f).__name__)
print(f.union([5]), f.intersection({1, 2}), f.difference([1]), f.symmetric_difference([9]), f.copy() is f)
print(f.issubset(range(10)), f.issuperset([1]), f.isdisjoint([7, 8]), frozenset(f) is f, bool(frozenset()))
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
d = {f: 'key', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3])], d[frozenset()], {frozenset({1}), frozenset({1}), frozenset({2})} == {frozenset({2}), frozenset({1})})
s = {1, 2}
s |= frozenset({3})
g = f
g |= {10}
print(s, type(s).__name__, g, f, g is f)
print(list(frozenset([1])), set(f), tuple(sorted(frozenset(x % 3 for x in range(10)))), isinstance(f, frozenset), type(f) is frozenset)
for expr in ['f.add(1)', 'f.discard(1)', 'frozenset(5)', 'f[0]', 'hash({1})', 'frozenset([[1]])', 'f < [1]']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__ + ':', e)
