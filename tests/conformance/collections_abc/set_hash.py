# Set._hash, the hash a Set subclass gets by `__hash__ = Set._hash`: equal to the builtin
# frozenset's hash of the same elements, whatever their order, for empty, small and mixed sets.
from collections.abc import Set


class Bag(Set):
    def __init__(self, items):
        self.items = list(dict.fromkeys(items))

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    __hash__ = Set._hash


for items in ([], [1], [1, 2, 3], [3, 2, 1], ["a", "b"], [(1, 2), None, 3.5], range(40), [-1, -2]):
    b = Bag(items)
    print(len(b), hash(b) == hash(frozenset(items)), hash(b) == hash(Bag(reversed(list(items)))))
print(hash(Bag([1, 2])) == hash(Bag([2, 1])), {Bag([1]): "one"}[Bag([1])])
