def f(a, b, c=1):
    x = a + b
    y = x * c
    return y
print(f.__code__.co_varnames)
def g(*args, **kwargs):
    total = 0
    return total
print(g.__code__.co_varnames)
def h(p, q=2, *rest, **opts):
    local = 1
    return local
print(h.__code__.co_varnames)
def outer(a):
    b = 1
    c = 2
    def inner(d):
        e = d + b
        return e
    return inner
inner = outer(0)
print(outer.__code__.co_varnames)
print(inner.__code__.co_varnames)
print(inner.__code__.co_freevars)
print((lambda x, y=1: x).__code__.co_varnames)
print((lambda: 0).__code__.co_varnames)
def loops():
    for i in range(2):
        pass
    for i in range(3):
        j = i
    return j
print(loops.__code__.co_varnames)
