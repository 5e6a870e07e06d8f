# Tuple keys hashed by the fast paths (small ints and strs, tuples of them
# nested at any depth) and by the general walk (floats, bools, big ints,
# None, frozensets, user objects) give CPython's hashes and equalities:
# 1 == 1.0 == True in any lane, at any depth, in either order of insertion.
shapes = [
    (1,),
    ((1,), ()),
    ((1, "a"), (("k", 2),)),
    (((1,),),),
    ((((1, 2),),),),
    (((((("deep",),),),),),),
    ("s", (1, ("t", (2, ("u", (3,)))))),
]
for k in shapes:
    print(hash(k) == hash(eval(repr(k))), k)

# the same key with 1 replaced by 1.0, True, or a big int equal to a small one
for k, other in [
    ((1,), (1.0,)),
    ((1,), (True,)),
    (((1, "a"), (("k", 2),)), ((1.0, "a"), (("k", 2.0),))),
    ((((1,),),), (((True,),),)),
    ((2**70 - 2**70 + 5, "x"), (5, "x")),
    ((0,), (-0.0,)),
    ((("a", 1),), (("a", 1 + 0j),)),
]:
    print(k == other, hash(k) == hash(other), {k: "first"}.get(other), {other: "second"}[k])

# mixed lanes the fast paths do not take
for k in [(None, 1), (1.5, ("a",)), (frozenset({1, 2}), (3,)), ((1, (2, (3, [4][0]))),)]:
    d = {k: 1}
    print(d[tuple(k)], hash(k) == hash(tuple(k)))
try:
    hash((1, ([2],)))
except TypeError as e:
    print("TypeError:", e)

# hash(-1) lanes: -1 hashes as -2 in CPython, in a tuple too
print(hash((-1,)) == hash((-2,)), (-1,) == (-2,), len({(-1,): 1, (-2,): 2}))
print(hash(((-1,),)) == hash(((-2,),)))


# keys whose equality runs Python code that mutates the dict being searched
class Sneaky:
    def __init__(self, d, v):
        self.d = d
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        self.d.clear()
        return isinstance(other, Sneaky) and self.v == other.v


d = {}
d[(1, Sneaky(d, 2))] = "a"
try:
    print("lookup", d.get((1, Sneaky(d, 2))))
except RuntimeError as e:
    print("RuntimeError", e)
print("after", len(d))

# a memo cache keyed like a decorator's: warm, then the same values as floats
cache = {}
for i in range(50):
    cache[((i % 7,), (("offset", i % 3),))] = i
print(len(cache), cache[((3.0,), (("offset", 2.0),))], cache[((True,), (("offset", False),))])
# hashes of int-only keys are the same numbers as CPython's (strs are seeded)
print([hash(k) for k in [(1,), ((1,), ()), ((((1, 2),),),), ((-1,),), ((2**60, -(2**60)),), (1.0, (2,))]])
