def f(a, b):
    return a + b
def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)
attempt("missing", lambda: f(1))
attempt("missing2", lambda: f())
attempt("extra", lambda: f(1, 2, 3))
attempt("unexpected kw", lambda: f(1, 2, c=3))
attempt("dup", lambda: f(1, a=2))
def g(x, y=1):
    return x
attempt("too many", lambda: g(1, 2, 3))
def k(*args, **kw):
    return len(args), len(kw)
attempt("star ok", lambda: k(1, x=2))
attempt("star kw", lambda: k(*[1, 2], **{"a": 1}))
five = 5
attempt("not callable", lambda: five())
text = "abc"
attempt("str not callable", lambda: text())
nothing = None
attempt("None not callable", lambda: nothing(1))
