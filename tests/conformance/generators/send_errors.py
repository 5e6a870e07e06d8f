def g():
    x = yield 1
    print("x =", x)
    yield 2

gen = g()
try:
    gen.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(gen.send(None))
print(gen.send("hello"))
try:
    gen.send(1, 2)
except TypeError as e:
    print("TypeError:", e)
