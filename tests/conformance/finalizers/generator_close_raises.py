# A generator whose close() raises when it is freed (its finally block raising, or a
# GeneratorExit it ignores) prints CPython's "Exception ignored in: <generator object ...>"
# and the traceback on stderr; the program goes on. At exit the traceback has no source lines.
def raising():
    try:
        yield 1
    finally:
        raise ValueError("boom in finally")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def quiet():
    try:
        yield 1
    finally:
        print("quiet closed")
g = raising()
next(g)
del g
print("after raising")
h = stubborn()
next(h)
del h
print("after stubborn")
q = quiet()
next(q)
del q
def holder():
    inner = raising()
    next(inner)
    return "returned"
print(holder())
kept = raising()
next(kept)
print("end")
