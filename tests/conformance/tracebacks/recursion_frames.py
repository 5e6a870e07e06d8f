def f(n):
    if n == 0:
        raise RuntimeError("deep")
    return f(n - 1) + 1
f(3)
