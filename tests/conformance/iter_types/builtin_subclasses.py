# Classes derived from enumerate, zip, map, filter and reversed: their
# instances iterate as the base type's, keep their attributes and methods,
# and next() reaches the base iterator; the other iterator types, bool and
# the dict views cannot be bases.


class Numbered(enumerate):
    def pairs(self):
        return [(i, x) for i, x in self]


n = Numbered("abc", start=1)
print(type(n).__name__, isinstance(n, enumerate), next(n), n.pairs())


class Pairs(zip):
    def first(self):
        return next(self)


p = Pairs("ab", "cd", "ef")
print(p.first(), list(p), isinstance(p, zip), type(p).__mro__[1:])


class Mapped(map):
    pass


print(list(Mapped(abs, [-1, -2])), issubclass(Mapped, map), Mapped.__name__)


class Backwards(reversed):
    pass


print(list(Backwards([1, 2, 3])), "".join(Backwards("abc")))


class Kept(filter):
    def __init__(self, *args):
        self.args = len(args)


k = Kept(None, [0, 1, 2, 0, 3])
print(k.args, list(k), list(k))

for base in (type(iter([])), type(iter({})), type({}.keys()), type(iter(range(3))), bool):
    try:
        class C(base):
            pass
        print("derived from", base.__name__)
    except TypeError as e:
        print("TypeError:", e)
