def f(a, b=1):
    return a
print(f(0))
f(1, 2, 3)
