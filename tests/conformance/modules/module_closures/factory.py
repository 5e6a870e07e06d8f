registry = []
def adder(n):
    def add(x):
        return x + n
    registry.append(add.__qualname__)
    return add
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
