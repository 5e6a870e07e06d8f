# Builtin subclasses as dict keys and set members; frozen-like tuples; set algebra.
class Key(tuple):
    def __new__(cls, *parts):
        return super().__new__(cls, parts)


class Bag(set):
    def total(self):
        return sum(self)


d = {Key("a", 1): "first", ("b", 2): "second"}
print(d[("a", 1)], d[Key("b", 2)], Key("a", 1) in d, len({Key(1), (1,), Key(1)}))
b = Bag([1, 2, 3])
print(b.total(), sorted(b - {1}), sorted(b & Bag([2, 9])), b == {1, 2, 3}, b <= {1, 2, 3, 4})
b.discard(2)
b.update([7, 8])
print(sorted(b), len(b), 7 in b, type(b).__name__, isinstance(b, set))
