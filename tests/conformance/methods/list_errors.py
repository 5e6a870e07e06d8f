def attempt(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, "ValueError:", e)
    except IndexError as e:
        print(label, "IndexError:", e)
xs = [1, 2, 3]
attempt("remove", lambda: xs.remove(9))
attempt("index", lambda: xs.index(9))
attempt("index str", lambda: ["a"].index("b"))
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: xs.pop(10))
attempt("pop neg", lambda: xs.pop(-1))
print(xs)
