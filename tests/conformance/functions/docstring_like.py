def f():
    "a string statement as first line"
    return 1
def g():
    """triple quoted
    docstring"""
    x = 2
    return x
print(f(), g())
def h():
    "just a docstring"
print(h())
