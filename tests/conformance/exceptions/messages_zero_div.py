def attempt(label, f):
    try:
        f()
    except ZeroDivisionError as e:
        print(label, "->", e)
attempt("int /", lambda: 1 / 0)
attempt("int //", lambda: 1 // 0)
attempt("int %", lambda: 1 % 0)
attempt("float /", lambda: 1.0 / 0.0)
attempt("float /int", lambda: 1.5 / 0)
attempt("float //", lambda: 1.0 // 0.0)
attempt("float %", lambda: 1.0 % 0.0)
attempt("0 ** -1", lambda: 0 ** -1)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
n = 0
try:
    n /= 0
except ZeroDivisionError as e:
    print("augmented ->", e)
