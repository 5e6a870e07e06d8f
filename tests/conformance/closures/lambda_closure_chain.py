x = 1
f = lambda: x
g = lambda: f() + 1
h = lambda: g() * 10
print(h())
x = 5
print(h())
def outer(n):
    return lambda: (lambda: (lambda: n * 2)())()
print(outer(21)())
adders = [(lambda a: (lambda b: a + b)) (i) for i in range(3)]
print([ad(100) for ad in adders])
print(adders[2].__code__.co_freevars, adders[2].__closure__[0].cell_contents)
