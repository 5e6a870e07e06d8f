# memoryview.cast: formats, shapes, and the errors CPython gives
import struct


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


raw = bytearray(struct.pack("<4H", 1, 2, 0xFFFF, 0x1234))
m = memoryview(raw)
words = m.cast("H")
print(words.tolist(), words.format, words.itemsize, words.nbytes, words.shape, words.strides)
words[1] = 513
print(raw[2:4], words[1], words[-1], len(words))
for value in (65536, -1, 1.0, "a"):
    try:
        words[0] = value
    except (TypeError, ValueError) as exc:
        print("H", repr(value), type(exc).__name__, exc)
print(m.cast("@I").tolist(), m.cast("Q").tolist(), m.cast("b").tolist()[:6], m.cast("c").tolist()[:3])
print(m.cast("i").tolist(), m.cast("q").tolist(), m.cast("h").tolist(), m.cast("?").tolist()[:4])
print(m.cast("l").format, m.cast("L").itemsize, m.cast("n").itemsize, m.cast("N").itemsize)
print(words.cast("B").tolist() == list(raw), words.cast("B", [2, 4]).tolist())

floats = memoryview(bytearray(16)).cast("d")
floats[0] = 1.5
floats[1] = 7
print(floats.tolist(), floats == floats, floats[0:1] == memoryview(struct.pack("d", 1.5)).cast("d"))
singles = memoryview(bytearray(8)).cast("f")
singles[0] = 0.1
singles[1] = 1e300
print(singles.tolist())
attempt("float bad type", lambda: floats.__class__)
for value in ("1", None, 2 ** 2000):
    try:
        floats[0] = value
    except (TypeError, ValueError) as exc:
        print("d", type(value).__name__, type(exc).__name__, exc)
nan = memoryview(struct.pack("d", float("nan"))).cast("d")
print(nan == nan, nan.tolist()[0] != nan.tolist()[0])

big = memoryview(bytearray(8))
for fmt, good, bad in (("q", -2 ** 63, 2 ** 63), ("Q", 2 ** 64 - 1, -1), ("b", -128, 128),
                       ("B", 255, 256), ("i", -2 ** 31, 2 ** 31), ("I", 2 ** 32 - 1, -1),
                       ("h", -32768, 32768)):
    v = big.cast(fmt)
    v[0] = good
    try:
        v[0] = bad
    except ValueError as exc:
        print(fmt, v[0], exc)
flags = big.cast("?")
flags[0] = []
flags[1] = "yes"
print(flags.tolist()[:2])
chars = big.cast("c")
chars[0] = b"Z"
for value in (b"ZZ", 90, bytearray(b"Z")):
    try:
        chars[0] = value
    except (TypeError, ValueError) as exc:
        print("c", repr(value), type(exc).__name__, exc)
print(chars[0], chars.tolist()[:2])

# signed and unsigned views of the same bytes compare by value
print(memoryview(b"abc").cast("b") == memoryview(b"abc"), memoryview(b"\xff").cast("b") == memoryview(b"\xff"))
print(memoryview(b"abc").cast("c") == b"abc", memoryview(b"\x01\x00").cast("h") == memoryview(b"\x01\x00").cast("H"))

grid = memoryview(b"abcdef").cast("B", shape=[2, 3])
print(grid.ndim, grid.shape, grid.strides, grid.tolist(), len(grid), grid.nbytes, grid[1, 2], grid[-1, 0])
print(grid.tobytes(), grid.tobytes("F"), grid.hex(), grid.c_contiguous, grid.f_contiguous)
print(grid.cast("B").tolist(), grid.cast("c", [6]).tolist()[:2], grid[0:1].tolist(), grid[1:].shape)
print(grid == memoryview(b"abcdef").cast("B", (2, 3)), grid == b"abcdef", bytes(grid))
attempt("grid item", lambda: grid[0])
attempt("grid iter", lambda: list(grid))
attempt("grid short tuple", lambda: grid[(0,)])
attempt("grid long tuple", lambda: grid[0, 0, 0])
attempt("grid out of range", lambda: grid[0, 5])
attempt("grid slices", lambda: grid[0:1, 0:1])
attempt("grid to grid", lambda: grid.cast("B", [3, 2]))
attempt("grid non-byte", lambda: grid.cast("H").tolist())
cells = memoryview(bytearray(6)).cast("B", [3, 2])
cells[2, 1] = 9
try:
    cells[0] = 1
except NotImplementedError as exc:
    print("NotImplementedError", exc)
try:
    cells[0:1] = b"ab"
except NotImplementedError as exc:
    print("NotImplementedError", exc)
print(cells.tolist())

scalar = memoryview(b"\x07").cast("B", shape=[])
print(scalar.ndim, scalar.shape, scalar.strides, scalar.tolist(), scalar[()], len(scalar), scalar[...] is scalar)
attempt("scalar index", lambda: scalar[0])
attempt("scalar iter", lambda: list(scalar))
writable = memoryview(bytearray(b"\x00")).cast("B", [])
writable[()] = 5
writable[...] = 6
print(writable.tolist())

for args in (("x",), ("<H",), ("e",), ("BB",), ("",), (1,), ("B", 6), ("B", [0]), ("B", [-6]),
             ("B", ["a"]), ("B", [7]), ("I",), ("B", [1] * 65), ("B", [2 ** 70])):
    attempt("cast%r" % (args,), lambda: m.cast(*args).tolist())
attempt("non-byte to non-byte", lambda: words.cast("I"))
attempt("non-contiguous", lambda: m[::2].cast("B"))
attempt("zeros", lambda: memoryview(b"").cast("B", [0]))
print(memoryview(b"").cast("H").tolist(), memoryview(b"").cast("B").shape)
