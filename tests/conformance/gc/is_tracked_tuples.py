# gc.is_tracked of tuples: tracked at birth (the empty tuple never), let go
# of by the first collection they survive when they hold nothing the
# collector follows (numbers, strs, None, tuples already let go of), as
# CPython 3.11's untrack_tuples; a tuple holding a list, a dict, a
# function or a cell stays tracked, and so does a cycle through a tuple.
import gc



def T(*items):  # a tuple built at run time (a constant one is never tracked in CPython)
    return items


gc.collect()
atoms = T(1, 2.5, "s", None, True, b"b", 10 ** 30)
nested = T(T(1, 2), T("a", T(3, 4)))
holds_list = T(1, [])
holds_dict = T({})
holds_atom_dict = T({"a": 1})


def mk(n):
    def f():
        return n
    return f


holds_func = T(mk(1))
holds_cell = T(mk(2).__closure__[0])
inner = T(1, 2)
outer_later = T([inner])
print(gc.is_tracked(()), gc.is_tracked(T()), gc.is_tracked(atoms), gc.is_tracked(nested), gc.is_tracked(holds_list))
gc.collect()
print(gc.is_tracked(atoms), gc.is_tracked(nested), gc.is_tracked(nested[1]))
print(gc.is_tracked(holds_list), gc.is_tracked(holds_dict), gc.is_tracked(holds_atom_dict))
print(gc.is_tracked(holds_func), gc.is_tracked(holds_cell), gc.is_tracked(inner))
print(gc.is_tracked(outer_later), gc.is_tracked(outer_later[0]))
print(atoms, nested, holds_list, holds_atom_dict)

# a cycle through a tuple is still found
gc.collect()
cyc = []
t = T(1, cyc)
cyc.append(t)
del cyc, t
print(gc.collect() >= 2)

# tuples made in a loop, most of them let go of, some holding lists
keep = []
for i in range(3000):
    keep.append(T(i, str(i)) if i % 3 else T(i, [i]))
gc.collect()
print(sum(gc.is_tracked(t) for t in keep), len(keep))
for t in keep[::3]:
    t[1].append(t)  # cycles through tuples that stayed tracked
del keep, t
print(gc.collect())

# the result tuples enumerate and zip hand out again
pairs = []
for i, x in enumerate(["a", [], "b"]):
    pairs.append(i)
gc.collect()
seen = []
for p in zip(range(3), [1, [], 3]):
    gc.collect()
    seen.append(gc.is_tracked(p))
print(pairs, seen)
