# dir() of builtin types and their values lists their methods and special methods, and the
# special methods are attributes of the type and of its values.
for t in (list, dict, str, tuple, set, frozenset, bytes, bytearray, memoryview, range,
          type({}.keys()), type({}.values()), type({}.items())):
    names = dir(t)
    # (__class_getitem__ and __getnewargs__ are not listed yet)
    print(t.__name__, [n for n in names if n not in ("__class_getitem__", "__getnewargs__")])
print(dir({}.keys()))
print(dir({}.values()))
print(dir({1: 2}.items()))
print([n for n in dir(bytearray) if n.startswith("__")])
print([n for n in dir(bytes) if not n.startswith("_")])
print(sorted(set(dir(bytearray)) - set(dir(bytes))))
print([n for n in dir(range(3)) if n.startswith("__")])
print("append" in dir([]), "keys" in dir({}), "isdisjoint" in dir(frozenset()))
print([n for n in dir(frozenset) if n.startswith("__i")])
b = bytearray(b"ab")
b.__iadd__(b"cd")
b.__imul__(2)
print(b, b.__getitem__(1), b.__len__(), b.__contains__(97), b.__alloc__() > b.__len__())
b.__setitem__(0, 65)
b.__delitem__(1)
print(b, bytes(b).__bytes__(), b"x".__add__(b"y"), b"%d".__mod__(5), b"ab".__rmul__(2))
print(bytearray.__iadd__(bytearray(b"x"), b"y"), bytes.__len__(b"abc"))
r = range(1, 10, 2)
print(r.__len__(), r.__getitem__(2), r.__contains__(5), list(r.__reversed__()), r.__bool__())
m = memoryview(bytearray(b"xyz"))
m.__setitem__(0, 65)
print(m.__len__(), m.__getitem__(0), list(m.__iter__()))
l = [1, 2]
print(l.__iadd__([3]), l.__imul__(2), l.__rmul__(2), list(l.__reversed__()))
s = {1, 2}
print(s.__ior__({3}), s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({7}), s.__rsub__({3, 9}))
d = {1: 2}
print(d.__ior__({3: 4}), d.__ror__({0: 0}), list(d.__reversed__()))
print((5).__radd__(1), (5).__rsub__(1), (5).__truediv__(2), (7).__floordiv__(2), (2).__pow__(5))
print((1).__lshift__(4), (32).__rshift__(2), (2.0).__rpow__(3), (5).__bool__(), (0.0).__bool__())
k = {1: 2, 3: 4}.keys()
print(k.__len__(), k.__contains__(3), k.__and__({1}), k.__rsub__({1, 9}), list(k.__reversed__()))
print({1: 2}.values().__len__(), {1: 2}.items().__contains__((1, 2)))
for name in ("__iadd__", "__ior__", "__isub__"):
    try:
        getattr(frozenset(), name)
    except AttributeError as e:
        print(e)
