try:
    exec("x = = 1")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.filename, repr(e.text))
    print(e)
try:
    exec("ok = 1\nif True\n    pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    eval("a b")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    exec("(1, 2")
except SyntaxError as e:
    print(e.msg, e.lineno)
