# enumerate, zip, map, filter and reversed are types: type() of their
# iterators, isinstance, the types' names and reprs; every builtin iterator
# has its own type, as in CPython, and none but those five can be called.
import collections.abc as abc

made = [enumerate("ab"), enumerate("ab", start=5), zip("ab", "cd"), zip(), map(abs, [-1]),
        map(pow, [2], [3]), filter(None, [0, 1]), filter(bool, []), reversed((1, 2)),
        reversed("ab")]
for it in made:
    t = type(it)
    print(t, t.__name__, isinstance(it, t), isinstance(it, abc.Iterator), iter(it) is it, list(it))
print(enumerate, zip, map, filter, reversed)
print([isinstance(t, type) for t in (enumerate, zip, map, filter, reversed)])
print(isinstance(enumerate([]), zip), isinstance(zip(), enumerate), isinstance(iter([]), map))
print(isinstance(map(len, []), (filter, map)), issubclass(enumerate, object))

for x in ([], (), "ab", range(3), {}, {}.values(), {}.items(), set(), b"x", reversed([]),
          reversed({}), {}.keys()):
    t = type(iter(x)) if not isinstance(x, type(reversed([]))) else type(x)
    print(type(x).__name__, "->", t.__name__, isinstance(iter(x), abc.Iterator))
print(type({}.keys()), isinstance({}.keys(), abc.Iterable), isinstance({}.keys(), abc.Iterator))
print(type(iter([])) is type(iter([1])), type(iter([])) is type(iter(())))

for t in (type(iter([])), type(iter(())), type(iter({}))):
    try:
        t([])
    except TypeError as e:
        print("TypeError:", e)
for call in ("enumerate()", "enumerate([], 1, 2)", "enumerate([], x=1)", "zip(1)",
             "zip([], strict=1, x=2)", "map(len)", "map()", "filter(None)",
             "filter(None, [], [])", "reversed()", "reversed(1)", "reversed([], [])"):
    try:
        eval(call)
        print(call, "ok")
    except TypeError as e:
        print(call, "TypeError:", e)
