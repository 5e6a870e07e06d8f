def f(**kw):
    return kw["x"]
val = f(y=1)  # comment
