x = 5
f = lambda a, b=x, *c, **d: (a, b, c, d)
x = 6
print(f(1))
print(f(1, 2, 3, k=4))
print(f.__defaults__)
g = lambda: x
x = 7
print(g())
make = lambda n: (lambda m=n: m * 2, lambda: n * 3)
p, q = make(4)
print(p(), q(), p(1))
print(q.__code__.co_freevars, p.__code__.co_freevars)
