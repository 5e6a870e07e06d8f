# memoryview over bytes and bytearray: reading, slicing into shared views, writing through them
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)

frame = bytearray(b"header:payload!")
view = memoryview(frame)
print(len(view), view[0], view[-1], view.format, view.itemsize, view.nbytes)
print(view.ndim, view.shape, view.strides, view.readonly, view.suboffsets, view.obj is frame)
print(view.c_contiguous, view.f_contiguous, view.contiguous)

body = view[7:14]
print(bytes(body), body.tobytes(), body.tolist()[:3], body.hex(), body.obj is frame)
body[0] = ord("P")
body[1:3] = b"AY"
print(frame)
stepped = view[::2]
print(stepped.tobytes(), stepped.strides, stepped.contiguous, len(stepped))
stepped[0] = 72
backwards = view[::-1]
print(backwards.tobytes(), backwards.strides, backwards[0], backwards[-1])
print(frame)
print(view[5:2].tolist(), view[100:].tobytes(), view[-100:-98].tobytes())

ro = memoryview(b"constant")
print(ro.readonly, ro[1:4].tobytes(), list(ro[:3]), 99 in ro, 120 in ro)
attempt("write readonly", lambda: ro.__class__)
try:
    ro[0] = 1
except TypeError as exc:
    print("TypeError", exc)
try:
    del view[0]
except TypeError as exc:
    print("TypeError", exc)
for key in (20, -20, "a", 1.5, None):
    attempt("get %r" % (key,), lambda: view[key])
for value in (256, -1, "x", 2.0, None):
    try:
        view[0] = value
    except (TypeError, ValueError) as exc:
        print("set", repr(value), type(exc).__name__, exc)
for value in (b"toolong", "st", [1, 2], 7, bytearray(b"ok"), memoryview(b"mv")):
    try:
        view[0:2] = value
        print("slice set", type(value).__name__, frame[:2])
    except (TypeError, ValueError) as exc:
        print("slice set", type(value).__name__, type(exc).__name__, exc)
try:
    view[20] = 1
except IndexError as exc:
    print("IndexError", exc)

# overlapping copy through the same buffer
data = bytearray(b"abcdefgh")
mv = memoryview(data)
mv[2:8] = mv[0:6]
print(data)
mv[0:4:2] = b"XY"
print(data)

# conversions that accept views
src = memoryview(b"0123456789")
print(bytes(src[2:5]), bytearray(src[::3]), b"<" + src[:2], bytearray(b"+") + src[8:])
print(b"-".join([src[:1], src[5:6], b"z"]), str(src[:4], "ascii"), int(src[1:3]) if False else 0)
acc = bytearray()
acc += src[:3]
acc.extend(src[7:])
print(acc, src[1:4] == b"123", src == src, b"012" == src[:3], src[:3] != bytearray(b"012"))
print(src == "0123456789", src == [48], src[:0] == b"", memoryview(b"") == memoryview(bytearray()))
print(type(src).__name__, type(src) is memoryview, isinstance(src, memoryview))
print(bool(memoryview(b"")), bool(src), str(src).startswith("<memory at 0x"))
print(memoryview(object=b"kw").tolist(), memoryview(src).obj == b"0123456789")
attempt("from str", lambda: memoryview("text"))
attempt("from int", lambda: memoryview(3))
attempt("no args", lambda: memoryview())
attempt("two args", lambda: memoryview(b"a", b"b"))
attempt("order", lambda: src < src)
attempt("add", lambda: src + src)
attempt("attr", lambda: src.nothing)
try:
    src.format = "B"
except AttributeError as exc:
    print("AttributeError", exc)
print(src.hex(":"), src[:6].hex("-", 2), src[:5].hex(" ", -2), memoryview(b"").hex())
print(src.tobytes("C"), src.tobytes("A"), src.tobytes(None), src.tobytes(order="F"))
attempt("bad order", lambda: src.tobytes("X"))
print(memoryview(b"abc").toreadonly().readonly, memoryview(bytearray(b"q")).toreadonly().readonly)
