# BytesIO: the same stream over bytes.
import io

b = io.BytesIO()
print(b.write(b"abc\n"), b.write(bytearray(b"def\n")), b.tell(), b.getvalue())
b.seek(0)
print(b.readline(), b.read(2), b.read(), b.read())
b.seek(0)
print(list(b), b.readlines())
b.seek(-2, 2)
print(b.tell(), b.read())
b.seek(-3, 1)
print(b.tell(), b.read(1))
b.seek(10)
b.write(b"!")
print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
c = io.BytesIO(b"hello world")
print(c.read(5), c.read1(3), bytes(c.getbuffer()))
buf = bytearray(4)
print(c.readinto(buf), buf)
print(isinstance(c, io.BufferedIOBase), isinstance(c, io.TextIOBase), type(c))
for label, f in (("write str", lambda: c.write("x")), ("init str", lambda: io.BytesIO("x")),
                 ("seek -1", lambda: c.seek(-1)), ("whence", lambda: c.seek(0, 5))):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
with io.BytesIO(b"x") as d:
    pass
try:
    d.read()
except ValueError as e:
    print(e)
