# Every itertools iterator's type is its class: type() names it, isinstance
# holds for the iterator and for a subclass's instances, the class has its
# module, name and doc, and chain.from_iterable is a classmethod.
import itertools as it

made = {
    "accumulate": it.accumulate([1, 2]),
    "chain": it.chain("ab", "c"),
    "combinations": it.combinations("abc", 2),
    "combinations_with_replacement": it.combinations_with_replacement("ab", 2),
    "compress": it.compress("abc", [1, 0, 1]),
    "count": it.count(),
    "cycle": it.cycle("ab"),
    "dropwhile": it.dropwhile(bool, [1, 0]),
    "filterfalse": it.filterfalse(None, [0, 1]),
    "groupby": it.groupby("aab"),
    "islice": it.islice("abc", 2),
    "pairwise": it.pairwise("abc"),
    "permutations": it.permutations("ab"),
    "product": it.product("ab", repeat=2),
    "repeat": it.repeat(1, 2),
    "starmap": it.starmap(pow, [(2, 3)]),
    "takewhile": it.takewhile(bool, [1, 0]),
    "zip_longest": it.zip_longest("ab", "c"),
}
for name, obj in made.items():
    cls = getattr(it, name)
    t = type(obj)
    print(name, t, t.__name__, t.__module__, t.__qualname__, t is cls, isinstance(obj, cls),
          isinstance(cls, type), cls.__doc__ is not None)
    items = list(it.islice(obj, 4))
    if name == "groupby":
        items = [key for key, group in items]
    print("  ", isinstance(obj, it.chain) == (name == "chain"), iter(obj) is obj, items)

print(repr(it.count(5)), repr(it.count(2, 3)), repr(it.repeat(1, 3)), repr(it.repeat("x")))
print(repr(it.chain).startswith("<class 'itertools.chain'"), it.chain.from_iterable.__name__)
print(type(it.chain.from_iterable(["ab"])), list(it.chain.from_iterable(["ab", "c"])))

g = it.groupby("aab")
k, grp = next(g)
print(type(grp), type(grp).__name__, isinstance(grp, it._grouper), list(grp))
print(type(it.tee([1])[0]).__name__)
