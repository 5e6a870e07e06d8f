a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(a is not c)
print(None is None)
x = None
print(x is None, x is not None)
b.append(3)
print(a)
print(True is True, False is not True)
def f():
    pass
g = f
print(f is g)
print(type(1) is int, type("") is str, type([]) is list)
