# A set used as a key of `in`, remove() and discard() on a set or frozenset
# stands for the frozenset of its items, as in CPython; elsewhere it is
# unhashable.
s = {frozenset({1}), frozenset({2, 3}), 4}
fs = frozenset(s)
class SetSub(set):
    pass
print({1} in s, {2, 3} in s, {9} in s, SetSub({1}) in s, {1} in fs, set() in s)
s.discard({2, 3})
print(sorted(map(sorted, (x for x in s if isinstance(x, frozenset)))))
s.remove(SetSub({1}))
print(s)
for f in (lambda: s.remove({7}), lambda: {[1]} in s, lambda: [1] in s, lambda: {{1}: 2},
          lambda: s.add({1}), lambda: {1: 2}[{1}], lambda: fs.isdisjoint([{1}])):
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
