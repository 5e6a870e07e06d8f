def f(a, b, c):
    return "a=" + str(a) + " b=" + str(b) + " c=" + str(c)
print(f(1, 2, 3))
print(f(c=3, a=1, b=2))
print(f(1, c=3, b=2))
log = []
def v(x):
    log.append(x)
    return x
f(v(1), c=v(3), b=v(2))
print(log)
def kwargs_order(**kw):
    return list(kw)
print(kwargs_order(z=1, a=2, m=3))
print(kwargs_order(**{"b": 1}, a=2))
