def g():
    raise ValueError("bad")
def h():
    return [g() for _ in range(2)]
result = h()
