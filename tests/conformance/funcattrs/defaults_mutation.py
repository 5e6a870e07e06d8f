def f(a, b=[], *, c={}):
    b.append(a)
    c[a] = len(b)
    return b, c


print(f(1), f(2))
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = ([],)
print(f(3))
f.__kwdefaults__ = {"c": {"fresh": 0}}
print(f(4))
f.__kwdefaults__ = None
try:
    f(5)
except TypeError as e:
    print(e)
