# release(), the context manager, and a bytearray that may not change length while viewed
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)

buf = bytearray(b"0123456789")
whole = memoryview(buf)
part = whole[2:6]
whole.release()
whole.release()
print(repr(whole).startswith("<released memory at 0x"), whole == whole, whole == part)
for name in ("obj", "format", "nbytes", "readonly", "shape", "itemsize"):
    attempt(name, lambda: getattr(whole, name))
attempt("len", lambda: len(whole))
attempt("item", lambda: whole[0])
attempt("slice", lambda: whole[0:1])
attempt("tobytes", lambda: whole.tobytes())
attempt("tolist", lambda: whole.tolist())
attempt("cast", lambda: whole.cast("B"))
attempt("bytes", lambda: bytes(whole))
attempt("iter", lambda: list(whole))
attempt("hash", lambda: hash(whole))
attempt("view of it", lambda: memoryview(whole))


def resize(label, fn):
    try:
        fn()
        print(label, "ok", len(buf))
    except BufferError as exc:
        print(label, "BufferError", exc)


def grow():
    buf.append(1)


def shrink():
    buf.pop()


def inplace_add():
    global buf
    buf += b"xy"


def same_size():
    buf[0:2] = b"ab"


def other_size():
    buf[0:2] = b"abc"


def delete():
    del buf[0]


def clear():
    buf.clear()


def repeat():
    global buf
    buf *= 2


def once():
    global buf
    buf *= 1


for label, fn in [("append", grow), ("pop", shrink), ("+=", inplace_add), ("same size", same_size),
                  ("other size", other_size), ("del", delete), ("clear", clear), ("*= 2", repeat),
                  ("*= 1", once), ("extend empty", lambda: buf.extend(b"")),
                  ("insert", lambda: buf.insert(0, 1)), ("remove", lambda: buf.remove(ord("a")))]:
    resize(label, fn)
part.release()
resize("append after release", grow)

with memoryview(buf) as inside:
    print(inside.nbytes, inside[0])
    resize("append inside with", grow)
resize("append after with", grow)
attempt("after with", lambda: inside.nbytes)
attempt("enter released", lambda: inside.__enter__())

first = memoryview(buf)
second = first[1:3]
third = memoryview(second)
del first, second
resize("third alive", grow)
del third
resize("all gone", grow)

# a view kept in a cycle is freed by the collector, and its export with it
import gc
class Holder:
    pass
h = Holder()
h.me = h
h.view = memoryview(buf)
resize("held in cycle", grow)
del h
gc.collect()
resize("cycle collected", grow)

# hashing: readonly byte formats only
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(memoryview(b"abcd")[::2]) == hash(b"ac"))
print(hash(memoryview(b"xyz").cast("c")) == hash(b"xyz"), hash(memoryview(b"\xff").cast("b")) == hash(b"\xff"))
attempt("writable", lambda: hash(memoryview(bytearray(b"a"))))
attempt("readonly over bytearray", lambda: hash(memoryview(bytearray(b"a")).toreadonly()))
attempt("format H", lambda: hash(memoryview(b"abcd").cast("H")))
cached = memoryview(b"keep")
before = hash(cached)
cached.release()
print(hash(cached) == before, {memoryview(b"k"): 1}[memoryview(b"k")])
