def f(n):
    return n if n < 1 else f(n-1) + [][0]
f(2)
