# TextIOWrapper and the Buffered* classes over in-memory streams: newline modes,
# chunked UTF-8, positions, closing, and the errors of misuse.
import io, sys
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:150])
    except BaseException as e:
        print(label, "!!", type(e).__name__, str(e)[:100])
data = b"one\r\ntwo\rthree\nfour"
for nl in (None, "", "\n", "\r", "\r\n"):
    t("lines %r" % (nl,), lambda: list(io.TextIOWrapper(io.BytesIO(data), newline=nl)))
    t("read %r" % (nl,), lambda: io.TextIOWrapper(io.BytesIO(data), newline=nl).read())
w = io.TextIOWrapper(io.BytesIO(data))
w.read(); t("newlines", lambda: w.newlines)
big = ("é" * 5000 + "\n") * 3
t("chunked utf8", lambda: [len(l) for l in io.TextIOWrapper(io.BytesIO(big.encode()), encoding="utf-8")])
t("readline size", lambda: io.TextIOWrapper(io.BytesIO(b"abcdef\nxy")).readline(3))
t("read size", lambda: io.TextIOWrapper(io.BytesIO(b"abcdef\nxy")).read(4))
def rw():
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n", line_buffering=True)
    w.write("a\nb")
    v1 = b.getvalue()
    w.write("c\n")
    return v1, b.getvalue(), w.line_buffering, w.encoding, w.errors
t("write crlf", rw)
def seektell():
    w = io.TextIOWrapper(io.BytesIO(b"hello\nworld\n"))
    a = w.readline()
    p = w.tell()
    b = w.readline()
    w.seek(p)
    return a, p, b, w.readline(), w.seek(0), w.read()
t("seek tell", seektell)
t("repr", lambda: repr(io.TextIOWrapper(io.BytesIO())))
t("repr buf", lambda: repr(io.BufferedReader(io.BytesIO())))
t("stdout isinstance", lambda: (isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase)))
t("bad newline", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
t("bad encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"))
t("write bytes", lambda: io.TextIOWrapper(io.BytesIO()).write(b"x"))
def closed():
    b = io.BytesIO(b"x")
    w = io.TextIOWrapper(b)
    w.close()
    return w.closed, b.closed
t("close", closed)
def closed_read():
    w = io.TextIOWrapper(io.BytesIO(b"x"))
    w.close()
    return w.read()
t("closed read", closed_read)
def detach():
    b = io.BytesIO(b"x")
    w = io.TextIOWrapper(b)
    return w.detach() is b
t("detach", detach)
def br():
    r = io.BufferedReader(io.BytesIO(b"0123456789" * 3), buffer_size=4)
    return r.read(3), r.peek(2)[:2], r.read1(5), r.tell(), r.readline(), r.read(), r.read()
t("bufreader", br)
def bwr():
    raw = io.BytesIO()
    w = io.BufferedWriter(raw, buffer_size=4)
    w.write(b"ab"); a = raw.getvalue()
    w.write(b"cdefg"); b = raw.getvalue()
    w.flush()
    return a, b, raw.getvalue(), w.tell()
t("bufwriter", bwr)
def brand():
    raw = io.BytesIO(b"abcdefgh")
    r = io.BufferedRandom(raw)
    x = r.read(2)
    r.write(b"XY")
    r.seek(0)
    return x, r.read(), r.tell()
t("bufrandom", brand)
t("bufreader unreadable", lambda: io.BufferedReader(io.BufferedWriter(io.BytesIO())))
t("bufsize", lambda: io.BufferedReader(io.BytesIO(), buffer_size=0))
t("write str", lambda: io.BufferedWriter(io.BytesIO()).write("s"))
t("reader write", lambda: io.BufferedReader(io.BytesIO()).write(b"s"))
t("buf closed", lambda: (lambda r: (r.close(), r.closed, r.raw.closed))(io.BufferedReader(io.BytesIO())))
t("unsupported", lambda: io.RawIOBase().read(1))
t("unsupported2", lambda: io.BufferedIOBase().read())
t("unsupported3", lambda: io.TextIOBase().write("x"))
t("seek base", lambda: io.IOBase().seek(0))
t("fileno", lambda: io.IOBase().fileno())
t("issub", lambda: (issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.TextIOWrapper, io.IOBase), issubclass(io.UnsupportedOperation, OSError)))
t("module", lambda: (io.BufferedReader.__module__, io.IOBase.__module__, io.TextIOWrapper.__name__))
class Up(io.TextIOBase):
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s.upper()); return len(s)
u = Up()
print("x", 2, file=u, sep="-")
t("textio sub", lambda: (u.parts, u.encoding, u.readable(), u.writable()))
t("iobase closed ops", lambda: (lambda b: (b.close(), b.flush()))(io.IOBase()))
t("iter closed", lambda: (lambda b: (b.close(), iter(b)))(io.IOBase()))
