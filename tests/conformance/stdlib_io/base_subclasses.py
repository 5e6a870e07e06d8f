# Subclasses of the io base classes get their default methods: a raw stream
# defining readinto() reads, reads lines and iterates; a TextIOBase defining
# write() is a print() target; the bases refuse what they cannot do.
import io
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:100])
    except BaseException as e:
        print(label, "!!", type(e).__name__, str(e)[:100])
t("textwrapper read", lambda: io.TextIOWrapper(io.BytesIO(b"h\xc3\xa9llo\nworld\n"), encoding="utf-8").read())
t("textwrapper lines", lambda: list(io.TextIOWrapper(io.BytesIO(b"a\nb\r\nc"), encoding="utf-8")))
def tw_write():
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding="utf-8", newline="\n")
    w.write("héllo\n"); w.flush()
    return b.getvalue()
t("textwrapper write", tw_write)
t("bufferedreader", lambda: io.BufferedReader(io.BytesIO(b"abc\ndef")).readline())
def bw():
    b = io.BytesIO()
    w = io.BufferedWriter(b)
    w.write(b"xyz"); w.flush()
    return b.getvalue()
t("bufferedwriter", bw)
class MyRaw(io.RawIOBase):
    def __init__(self, data):
        self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
t("rawiobase read", lambda: MyRaw(b"hello\nworld\n").read())
t("rawiobase readline", lambda: MyRaw(b"hello\nworld\n").readline())
t("rawiobase lines", lambda: list(MyRaw(b"hello\nworld\n")))
t("buffered over raw", lambda: io.BufferedReader(MyRaw(b"q\nr\n")).read())
t("text over raw", lambda: io.TextIOWrapper(io.BufferedReader(MyRaw(b"q\nr\n")), encoding="ascii").readlines())
class Up(io.TextIOBase):
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s.upper()); return len(s)
def up():
    u = Up()
    print("hi", 1, file=u)
    u.writelines(["a", "b"])
    with u:
        pass
    return u.parts, u.closed
t("textiobase subclass", up)
t("iobase closed", lambda: (io.IOBase().closed, io.IOBase().readable(), io.IOBase().seekable()))
t("iobase ctx", lambda: [x for x in io.IOBase()])
t("isinstance", lambda: (isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase)))
t("stringio lines", lambda: io.StringIO("a\nb").readlines())
