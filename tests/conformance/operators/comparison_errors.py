def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)
attempt("int<str", lambda: 1 < "a")
attempt("str>int", lambda: "a" > 1)
attempt("list<int", lambda: [1] < 2)
attempt("None<None", lambda: None < None)
attempt("int<=float", lambda: 1 <= 1.0)
attempt("tuple<list", lambda: (1,) < [1])
attempt("sort mixed", lambda: sorted([1, "a"]))
