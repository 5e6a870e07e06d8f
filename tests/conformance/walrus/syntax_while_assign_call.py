def f():
    return 1
while f() = 1:
    pass
