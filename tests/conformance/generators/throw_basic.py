def g():
    while True:
        try:
            x = yield "ready"
            print("received", x)
        except ValueError as e:
            print("handled", e)

gen = g()
print(next(gen))
print(gen.throw(ValueError("first")))
print(gen.send(5))
print(gen.throw(ValueError, "second"))
print(gen.throw(ValueError, ValueError("third")))
try:
    gen.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(gen)
except StopIteration:
    print("finished after exception")
