def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, kw)
xs = [1, 2, 3, 4]
d = {"x": 1, "y": 2}
print(f(*xs))
print(f(*xs, **d))
print(f(*[1, 2]))
print(f(0, *[1], **{"c": 5}))
print(f(**{"a": 1, "b": 2}))
print(f(*"ab"))
print(f(*range(5)))
print(f(*(9, 8), z=7))
print(f(1, *[2, 3], 4, *[5], k=1, **{"m": 2}))
print(max(*[3, 9, 2]))
print("{}-{}".format(*["a", "b"]))
print("{p}/{q}".format(**{"p": 1, "q": 2}))
def g(*args, **kw):
    return f(*args, **kw)
print(g(1, 2, 3, extra=True))
