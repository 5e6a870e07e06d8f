def outer():
    zeta = "z"
    alpha = "a"
    mid = "m"
    def f():
        return zeta + mid + alpha
    return f
f = outer()
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
print(f())
def outer2(b, a):
    def g():
        return a, b
    return g
g = outer2(1, 2)
print(g.__code__.co_freevars, [c.cell_contents for c in g.__closure__])
