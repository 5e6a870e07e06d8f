# Errors from builtin subclasses name the subclass as CPython does.
class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


d, l, t = D(), L(), T()
tests = [
    lambda: d["missing"],
    lambda: l[3],
    lambda: t[0],
    lambda: d + d,
    lambda: l - l,
    lambda: hash(d),
    lambda: hash(l),
    lambda: t < 1,
    lambda: D.__new__(L),
    lambda: list.append(d, 1),
]
for test in tests:
    try:
        print(test())
    except (KeyError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(hash(T((1, 2))) == hash((1, 2)), L([1]) == [1], D(a=1) == {"a": 1}, T() == ())
