# SyntaxErrors of parameter lists and call arguments: message and the exact
# span CPython reports (line, column, end line, end column).
sources = [
    "def f(/): pass",
    "def f(/, a): pass",
    "def f(/,): pass",
    "def f(a, /, b, /): pass",
    "def f(a, b, /, /): pass",
    "def f(*, a, /): pass",
    "def f(*a, /): pass",
    "def f(a=1, /, b): pass",
    "def f(a, /, a): pass",
    "def f(*): pass",
    "def f(*,): pass",
    "def f(a, *,): pass",
    "def f(a, *, **k): pass",
    "def f(a, /, *, **k): pass",
    "def f(**k, /): pass",
    "def f(**k,/): pass",
    "def f(**k, a): pass",
    "def f(**k, *a): pass",
    "def f(**k, **j): pass",
    "def f(a, *, b, **k, c): pass",
    "def f(**k, =3): pass",
    "def f(**k=1): pass",
    "def f(*a=1): pass",
    "def f(*, *): pass",
    "def f(a, / b): pass",
    "lambda /: 1",
    "lambda /, a: 1",
    "lambda a, /, /: 1",
    "lambda *, a, /: 1",
    "lambda *a, /: 1",
    "lambda a=1, /, b: 1",
    "lambda *: 1",
    "lambda *,: 1",
    "lambda a, *: 1",
    "lambda *, **k: 1",
    "lambda a, *, **k: 1",
    "lambda **k, a: 1",
    "lambda **k, *: 1",
    "f(a=1, 2)",
    "f(a=1, 2, 3)",
    "f(a=1, b, c=2)",
    "f(a=1,\n 2,\n 3\n)",
    "f(\n  a=1,\n  b\n  )",
    "f(**k, 2)",
    "f(**k, *a)",
    "f(*a, **k, *b)",
    "f(a=1, a=2)",
    "f(x for x in y, 1)",
    "f(1, x for x in y)",
    'print(end="", 2)',
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

# valid forms around the same corners
ok = ["def f(a, /): pass", "def f(a, /,): pass", "def f(a, /, *, b): pass",
      "def f(a, /, **k): pass", "def f(*, a, **k,): pass", "lambda a, /: a",
      "lambda a, /, *b, c, **d: 1", "f(*a, *b, c=1, **d, e=2)", "f(a, *b, c=1, *d)"]
for src in ok:
    compile(src, "<src>", "exec")
    print(repr(src), "compiles")
