# StringIO's error messages.
import io


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO("abc")
attempt("write bytes", lambda: s.write(b"x"))
attempt("write int", lambda: s.write(3))
attempt("seek -1", lambda: s.seek(-1))
attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end", lambda: s.seek(-1, 2))
attempt("seek whence", lambda: s.seek(0, 3))
attempt("truncate -1", lambda: s.truncate(-1))
attempt("fileno", lambda: s.fileno())
attempt("init int", lambda: io.StringIO(5))
attempt("newline", lambda: io.StringIO("", newline="x"))
s.close()
print(s.closed)
attempt("getvalue closed", lambda: s.getvalue())
attempt("write closed", lambda: s.write("x"))
attempt("read closed", lambda: s.read())
attempt("tell closed", lambda: s.tell())
attempt("iter closed", lambda: iter(s))
s.close()
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
