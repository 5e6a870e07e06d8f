# the itertools objects name their CPython types in repr and in errors
import itertools


def shape(x):
    text = repr(x)
    return text[:text.index(" at 0x")] + ">"


for obj in (itertools.chain([1]), itertools.chain.from_iterable([[1]]), itertools.islice("ab", 1),
            itertools.permutations("ab"), itertools.combinations("ab", 1),
            itertools.combinations_with_replacement("ab", 1), itertools.product("ab"),
            itertools.groupby("aab"), itertools.accumulate([1]), itertools.pairwise("ab"),
            itertools.starmap(pow, [(2, 3)]), itertools.takewhile(bool, [1]),
            itertools.dropwhile(bool, [1]), itertools.filterfalse(None, [0]),
            itertools.compress("ab", [1, 0]), itertools.cycle("ab")):
    print(shape(obj), iter(obj) is obj)
key, group = next(itertools.groupby("aab"))
print(key, shape(group))
try:
    len(itertools.chain())
except TypeError as e:
    print("TypeError", e)
try:
    itertools.permutations("ab")[0]
except TypeError as e:
    print("TypeError", e)
print(next(itertools.product("ab", repeat=2)).__class__.__name__)
