# reprlib's size limits on every kind of value it knows, with the default limits and
# changed ones.
import reprlib
from collections import deque

print(reprlib.repr(list(range(50))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((7,)), reprlib.repr(()))
print(reprlib.repr("abc"), reprlib.repr("q" * 40), reprlib.repr("it's \u00e9" * 10))
print(reprlib.repr(2 ** 200), reprlib.repr(-(10 ** 45)), reprlib.repr(12345))
print(reprlib.repr({n: str(n) for n in range(9)}), reprlib.repr({}))
print(reprlib.repr(set("abcdefghij")), reprlib.repr(set()), reprlib.repr(frozenset(range(9))), reprlib.repr(frozenset()))
print(reprlib.repr(deque(range(10))), reprlib.repr(deque()))
print(reprlib.repr([[[[[[["deep"]]]]]]]), reprlib.repr({"a": {"b": {"c": {"d": {"e": {"f": {}}}}}}}))
print(reprlib.repr({3, "x", 1}) in ("{1, 3, 'x'}", "{3, 1, 'x'}", "{'x', 1, 3}", "{1, 'x', 3}", "{3, 'x', 1}", "{'x', 3, 1}"))


class Long:
    def __repr__(self):
        return "Long(" + "z" * 50 + ")"


class Broken:
    def __repr__(self):
        raise ValueError("no repr")


print(reprlib.repr(Long()), len(reprlib.repr(Long())))
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))
print(reprlib.repr(3.25), reprlib.repr(None), reprlib.repr(True))
r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset, r.maxdeque, r.maxstring, r.maxlong, r.maxother, r.fillvalue)
r.maxlist = 3
r.maxstring = 12
r.maxlevel = 2
r.fillvalue = "~"
print(r.repr(list(range(10))), r.repr("abcdefghijklmnopqrstuvwxyz"), r.repr([[[1]]]), r.repr({1: {2: {3: 4}}}))
print(r.repr1([1, [2, [3]]], 1))


class Shorter(reprlib.Repr):
    def repr_int(self, x, level):
        return "int:" + str(x)


print(Shorter().repr([1, 2, (3, "x")]))
print(sorted(reprlib.__all__))
