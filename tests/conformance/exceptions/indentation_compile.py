# compile() and exec() raise IndentationError (a SyntaxError) where the parser reports one, as
# running the file does.
for src in ("def f():\npass\n", "def f():\n    def g():\n    pass\n", "if 1:\n    for x in y:\n    z = 1\n",
            "class C:\n\nx = 1\n", "  x = 1\n", "if 1:\n    a = 1\n  b = 2\n", "def f(:\n    pass\n"):
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, SyntaxError), e, e.lineno)
try:
    exec("while True:\nbreak\n")
except IndentationError as e:
    print("exec:", type(e).__name__, e.msg)
