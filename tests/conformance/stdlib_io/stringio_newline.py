# The newline argument: None translates on write, '' keeps any line end.
import io

for nl in ("\n", None, "", "\r", "\r\n"):
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s = io.StringIO(newline=nl)
    s.write("x\r\ny\n")
    print(repr(nl), repr(s.getvalue()))
