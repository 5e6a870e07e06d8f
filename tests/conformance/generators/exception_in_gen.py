def g():
    yield 1
    raise ValueError("inside generator")

gen = g()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print("caught", e)
print(next(gen, "exhausted"))

def h():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        yield "recovered"
print(list(h()))
