def attempt(label, f):
    try:
        print(label, f())
    except IndexError as e:
        print(label, "IndexError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)
xs = [1, 2, 3]
attempt("list[3]", lambda: xs[3])
attempt("list[-4]", lambda: xs[-4])
attempt("list[-3]", lambda: xs[-3])
attempt("tuple[5]", lambda: (1,)[5])
attempt("str[9]", lambda: "abc"[9])
attempt("list['a']", lambda: xs["a"])
attempt("list[1.0]", lambda: xs[1.0])
attempt("slice", lambda: xs[1:100])
attempt("empty pop", lambda: [].pop())
attempt("pop idx", lambda: [1].pop(5))
five = 5
attempt("int[0]", lambda: five[0])
