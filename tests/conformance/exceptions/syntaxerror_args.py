# SyntaxError(msg, detail): detail is 4 to 6 items (filename, lineno, offset,
# text[, end_lineno[, end_offset]]); any other shape is CPython's TypeError.
cases = [("a", "b"), ("a", ("f", 1, 2, "t")), ("a", ("f", 1)), ("a",), (),
         ("a", ("f", 1, 2, "t", 3, 4)), ("a", ("f", 1, 2, "t", 3, 4, 5)),
         ("a", ["f", 1, 2, "t", 3]), ("a", 5), ("m", ("f", 1, 2, "t", 3)), ("x", "y", "z")]
for args in cases:
    try:
        e = SyntaxError(*args)
    except Exception as ex:
        print(type(ex).__name__, ex)
        continue
    print(repr(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
try:
    raise SyntaxError("bad thing", ("prog.py", 3, 5, "x = = 1\n", 3, 7))
except SyntaxError as e:
    print(str(e), e.args[0], e.lineno)
class MySyntax(SyntaxError):
    pass
try:
    MySyntax("q", "r")
except TypeError as e:
    print("subclass:", e)
