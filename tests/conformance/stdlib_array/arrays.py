# array: typecodes, item sizes, conversions and range checks, the sequence
# protocol, slicing, operators, bytes round trips and errors.
from array import array, typecodes
import array as array_mod

print(typecodes, array_mod.ArrayType is array)
print([array(t).itemsize for t in typecodes])
for tc in "bBhHiIlLqQfd":
    a = array(tc, [1, 2, 3])
    a.append(4)
    a.extend([5, 6])
    a.insert(0, 0)
    print(tc, a, len(a), a[0], a[-1], a[1:3], a[::2], a.typecode, a.itemsize)
    print("  ", a.tobytes().hex(), array(tc, a.tobytes()) == a, a.tolist())
print(array("f", [0.1, 1.5, -2.25]), array("d", [0.1, 1e300]), array("f", [3]))
print(array("u", "héllo"), array("u", "héllo").tounicode(), array("u").tobytes())
tests = [("b", 300), ("b", -200), ("B", 300), ("B", -1), ("h", 1 << 20), ("h", -(1 << 20)),
         ("H", 1 << 20), ("H", -1), ("i", 1 << 40), ("i", -(1 << 40)), ("I", 1 << 40), ("I", -1),
         ("l", 1 << 70), ("l", -(1 << 70)), ("L", 1 << 70), ("L", -1), ("q", 1 << 70),
         ("q", -(1 << 70)), ("Q", 1 << 70), ("Q", -1), ("i", 1.5), ("d", "x"), ("f", "x"),
         ("i", "x"), ("u", 5), ("u", "ab"), ("d", None), ("b", True), ("B", 255), ("b", -128),
         ("Q", 2 ** 64 - 1), ("q", -2 ** 63)]
for tc, v in tests:
    try:
        print(tc, repr(v), array(tc, [v]))
    except (OverflowError, TypeError) as e:
        print(tc, repr(v), type(e).__name__, e)
for bad in ("x", "bb", 5):
    try:
        array(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = array("i", [5, 1, 4, 1])
print(a.count(1), a.index(4), 1 in a, 9 in a, a.index(1, 2))
a.remove(1)
print(a, a.pop(), a.pop(0), a)
a.reverse()
a[0] = 7
a[1:1] = array("i", [8, 9])
del a[0]
print(a, a + array("i", [1]), a * 2, 2 * a, list(reversed(a)), sorted(a))
a += array("i", [3])
a *= 2
print(a, a == array("i", a.tolist()), a == array("d", [float(x) for x in a]),
      array("i", [1, 2]) < array("i", [1, 3]), array("b", [1]) != array("b", [1]))
a = array("i", [1, 2])
tries = [lambda: a.extend(array("d", [1.0])), lambda: a + [1], lambda: a.__iadd__([1]),
         lambda: a.__setitem__(slice(0, 1), [5]), lambda: a.remove(9), lambda: a.index(9),
         lambda: array("i").pop(), lambda: a[5], lambda: a.__setitem__(5, 1),
         lambda: a.frombytes(b"abc"), lambda: a + array("d"), lambda: array("i", "abc"),
         lambda: array("u", [1]), lambda: a.fromlist((1, 2)), lambda: a.tounicode(),
         lambda: a.fromunicode("x"), lambda: a.pop(7),
         lambda: a.__setitem__(slice(0, 2, 2), array("i", [9, 9])),
         lambda: a.__getitem__("x"), lambda: a.extend(5), lambda: array("i", array("u", "ab")),
         lambda: a.fromlist([1, "x"])]
for t in tries:
    try:
        print(t())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(a)
b = array("h", [1, 256, -2])
b.byteswap()
print(b, array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"), array("B", bytearray(b"xy")))
c = array("d")
c.frombytes(array("d", [1.5, -0.0]).tobytes())
c.fromlist([2, 3.25])
print(c, array("i", array("b", [1, 2])), array("d", range(3)), array("u", array("u", "z")))
import copy
d = copy.copy(c)
d[0] = 9
print(c[0], d[0], copy.deepcopy(c) == c, array("l", [2 ** 40]).tobytes().hex())
import io
buf = io.BytesIO()
array("H", [1, 2, 3]).tofile(buf)
buf.seek(0)
e = array("H")
e.fromfile(buf, 2)
print(e)
try:
    e.fromfile(buf, 5)
except EOFError as err:
    print("EOFError", err, e)
try:
    {array("i"): 1}
except TypeError:
    print("arrays are unhashable")
