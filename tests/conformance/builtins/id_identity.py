a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c))
print(isinstance(id(a), int))
print(id(None) == id(None))
def f():
    pass
print(id(f) == id(f))
ids = set(id(x) for x in [a, c])
print(len(ids))
