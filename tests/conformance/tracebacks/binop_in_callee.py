def f(a):
    return a[0] + 1/0
x = f([1])
