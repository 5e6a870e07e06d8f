# Appending, then reading, seeking and writing again: the value stays whole.
import io


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


class Counting(io.StringIO):
    pass


u = Upper()
u.write("abc")
print(u.write("def"), repr(u.getvalue()), "write" in vars(u))
c = Counting("start:")
c.seek(0, 2)
c.write("more")
print(repr(c.getvalue()), c.tell(), isinstance(c, io.StringIO))
s = io.StringIO()
for i in range(3):
    s.write(str(i))
print(s.tell(), repr(s.getvalue()))
s.write("x")
s.seek(1)
s.write("Y")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("end")
print(repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(0)
print(repr(s.read(2)), end=" ")
s.write("__")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("\n")
s.write("z\n")
s.seek(0)
print(s.readlines())
s.write("tail")
print(repr(s.getvalue()))


class MyStr(str):
    pass


t = io.StringIO()
t.write(MyStr("sub"))
t.write("-")
print(repr(t.getvalue()))
try:
    t.write(None)
except TypeError as e:
    print(e)
t.close()
try:
    t.write("x")
except ValueError as e:
    print(e)
b = io.BytesIO()
b.write(b"ab")
b.write(bytearray(b"cd"))
b.seek(1)
b.write(b"X")
b.seek(0, 2)
b.write(b"!")
print(b.getvalue(), b.tell())
try:
    b.write(1)
except TypeError as e:
    print(e)
