# exec, eval and compile take source as bytes (UTF-8, a BOM allowed); NUL
# anywhere in source and undecodable bytes are SyntaxErrors, as in CPython
# 3.11.7; SyntaxError("msg") made by a program has msg and empty location.
exec(b"x = 40 + 2")
print(x, eval(b"x * 2"), eval(bytearray(b"  x - 2")))
code = compile(b"\xef\xbb\xbfy = 'caf\xc3\xa9'", "<bytes>", "exec")
exec(code)
print(y, code.co_filename)
for src in ["a = 1\x00", b"a = 1\x00", "# \x00 in a comment\n"]:
    for run in (exec, eval, lambda s: compile(s, "f", "exec")):
        try:
            run(src)
        except SyntaxError as e:
            print("SyntaxError", e.msg)
for bad in [b"z = '\xff'", b"\xff = 1"]:
    try:
        compile(bad, "f", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg.split(" in position")[0])
try:
    compile(42, "f", "exec")
except TypeError as e:
    print("TypeError", e)
e = SyntaxError("custom")
print(e.msg, e.lineno, e.offset, e.filename, e.text, e.end_lineno, str(e))
e.lineno = 7
print(e.lineno, SyntaxError().msg, IndentationError("ind").msg)
