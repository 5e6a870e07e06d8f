# Containers nested far deeper than the recursion limit, built at run time:
# repr, str, comparison and isinstance end in CPython's RecursionError;
# hashing a deep tuple and freeing deep structures just work.
def nest(n, wrap, inner):
    x = inner
    for i in range(n):
        x = wrap(x)
    return x

cases = [
    ("repr list", lambda: repr(nest(20000, lambda x: [x], []))),
    ("str tuple", lambda: str(nest(20000, lambda x: (x,), ()))),
    ("repr dict", lambda: repr(nest(20000, lambda x: {1: x}, {}))),
    ("print list", lambda: print(nest(20000, lambda x: [x], []))),
    ("f-string", lambda: f"{nest(20000, lambda x: [x], [])}"),
    ("eq list", lambda: nest(20000, lambda x: [x], []) == nest(20000, lambda x: [x], [])),
    ("lt list", lambda: nest(20000, lambda x: [x], []) < nest(20000, lambda x: [x], [])),
    ("eq tuple", lambda: nest(20000, lambda x: (x,), ()) == nest(20000, lambda x: (x,), ())),
    ("eq dict", lambda: nest(20000, lambda x: {1: x}, {}) == nest(20000, lambda x: {1: x}, {})),
    ("in list", lambda: nest(20000, lambda x: [x], []) in [nest(20000, lambda x: [x], [])]),
    ("sorted", lambda: sorted([nest(20000, lambda x: [x], []), nest(20000, lambda x: [x], [])])),
    ("isinstance", lambda: isinstance(1, nest(20000, lambda x: (x,), str))),
    ("hash tuple", lambda: hash(nest(20000, lambda x: (x,), ())) == hash(nest(20000, lambda x: (x,), ()))),
    ("set of tuple", lambda: len({nest(20000, lambda x: (x,), ())})),
    ("shallow repr", lambda: repr(nest(50, lambda x: [x], []))),
    ("shallow eq", lambda: nest(500, lambda x: [x], []) == nest(500, lambda x: [x], [])),
]
for name, f in cases:
    try:
        print(name, f())
    except RecursionError as e:
        print(name, "RecursionError:", e)

# a long chain of exceptions prints without trouble
e = None
for i in range(2000):
    try:
        raise ValueError(i) from e
    except ValueError as x:
        e = x
n = 0
while e is not None:
    n += 1
    e = e.__cause__
print("chain", n)
