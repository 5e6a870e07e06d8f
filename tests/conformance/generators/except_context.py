def g():
    try:
        raise KeyError("k")
    except KeyError:
        yield "inside handler"
        raise ValueError("new")

gen = g()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print(repr(e), repr(e.__context__))
