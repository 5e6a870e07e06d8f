def g():
    try:
        yield 1
    except ValueError:
        print("log and re-raise")
        raise

gen = g()
next(gen)
try:
    gen.throw(ValueError("x"))
except ValueError as e:
    print("outside", e)
