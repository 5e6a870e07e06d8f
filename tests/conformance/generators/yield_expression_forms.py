def g():
    x = yield
    print("x", x)
    y = yield x, "tuple"
    print("y", y)
    z = (yield) or "default"
    print("z", z)
    total = 0
    total += yield total
    print("total", total)
    print("inline", (yield "expr"))

gen = g()
print(next(gen))
print(gen.send(1))
print(gen.send(2))
print(gen.send(None))
print(gen.send(7))
try:
    gen.send("last")
except StopIteration:
    print("done")
