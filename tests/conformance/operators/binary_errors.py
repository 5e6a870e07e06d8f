def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)
attempt("int+str", lambda: 1 + "a")
attempt("str+int", lambda: "a" + 1)
attempt("list+tuple", lambda: [1] + (2,))
attempt("str*str", lambda: "a" * "b")
attempt("None+1", lambda: None + 1)
attempt("str-str", lambda: "a" - "b")
attempt("list*float", lambda: [1] * 2.0)
attempt("dict+dict", lambda: {} + {})
attempt("-str", lambda: -"a")
attempt("int/str", lambda: 1 / "2")
