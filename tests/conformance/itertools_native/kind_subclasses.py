# A program's subclasses of the itertools types: their instances iterate as
# the base type's do, keep their own attributes and methods, and
# from_iterable called on a subclass makes the subclass's instance.
import itertools as it


class Chain(it.chain):
    def total(self):
        return sum(self)


c = Chain([1, 2], [3])
print(type(c).__name__, isinstance(c, it.chain), isinstance(c, Chain), issubclass(Chain, it.chain))
print(c.total(), list(c))
f = Chain.from_iterable([[4], [5, 6]])
print(type(f).__name__, f.total())


class Perms(it.permutations):
    def __init__(self, *args):
        self.count = 0

    def __next__(self):
        self.count += 1
        return super().__next__()


p = Perms("abc", 2)
print(next(p), next(p), p.count, len(list(p)), p.count)


class Counter(it.count):
    pass


n = Counter(10, 5)
print(type(n).__name__, next(n), next(n), isinstance(n, it.count), repr(n))


class Groups(it.groupby):
    pass


print([(k, "".join(g)) for k, g in Groups("aabccc")])


class Window(it.islice):
    pass


print(list(Window(range(10), 2, 8, 3)), isinstance(Window("a", 1), it.islice))
for base in (it.accumulate, it.compress, it.cycle, it.dropwhile, it.filterfalse, it.pairwise,
             it.product, it.starmap, it.takewhile, it.zip_longest, it.combinations,
             it.combinations_with_replacement, it.repeat):
    Sub = type("Sub", (base,), {})
    print(base.__name__, Sub.__mro__[1] is base, issubclass(Sub, base))
print(list(it.islice(type("C", (it.cycle,), {})("ab"), 5)))
