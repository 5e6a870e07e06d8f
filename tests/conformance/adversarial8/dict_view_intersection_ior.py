# a keys or items view & anything asks the view with `in`, so values that
# cannot be hashed do not stop it; d |= x takes what d.update(x) takes
d = {"a": 1, "b": [2], "c": 3}


def attempt(name, fn):
    try:
        r = fn()
        print(name, "->", sorted(r, key=repr) if isinstance(r, (set, frozenset)) else r)
    except Exception as e:
        print(name, "->", type(e).__name__, e)


attempt("items & set", lambda: d.items() & {("a", 1)})
attempt("set & items", lambda: {("a", 1), ("z", 0)} & d.items())
attempt("items & list", lambda: d.items() & [("a", 1), ("b", [2])])
attempt("items & bigger set", lambda: d.items() & {("a", 1), ("c", 3), ("x", 1), ("y", 2)})
attempt("items & items", lambda: d.items() & {"a": 1, "q": 2}.items())
attempt("keys & list", lambda: d.keys() & ["a", "z"])
attempt("keys & unhashable", lambda: d.keys() & [[1]])
attempt("keys & generator", lambda: d.keys() & (k for k in "abz"))
attempt("items - list", lambda: d.items() - [("b", [2])])
attempt("items | list", lambda: d.items() | [("z", 0)])
attempt("keys ^ list", lambda: d.keys() ^ ["a", "z"])
attempt("keys & int", lambda: d.keys() & 1)
e = {"x": 1}
e |= [("y", 2)]
e |= (("p%d" % i, i) for i in range(2))
e |= {"m": 0}.items()
e |= ["ab"]
print(e)
for bad in ([1, 2], 5, ["abc"], [("k",)]):
    try:
        f = {}
        f |= bad
        print(f)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
try:
    print({} | [("a", 1)])
except TypeError as err:
    print(err)
