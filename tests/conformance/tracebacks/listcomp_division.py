def f(a, b):
    return a / b
v = [f(1, 0) for _ in "ab"]
