def inner():
    while True:
        try:
            yield "inner ready"
        except ValueError as e:
            print("inner caught", e)
            yield "recovered"
            return "inner end"

def outer():
    r = yield from inner()
    print("outer sees", r)
    yield "outer next"

o = outer()
print(next(o))
print(o.throw(ValueError("bad")))
print(next(o))

def inner2():
    yield 1
def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        print("outer2 caught", repr(e))
        yield "handled"
o2 = outer2()
next(o2)
print(o2.throw(KeyError("x")))
