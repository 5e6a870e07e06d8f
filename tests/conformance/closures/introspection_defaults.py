def f(a, b=1, c="x", d=None):
    pass
print(f.__defaults__)
def g():
    pass
print(g.__defaults__)
lam = lambda x=[1], y=(2,): x
print(lam.__defaults__)
d = lam.__defaults__[0]
d.append(2)
print(lam())
def mk(n):
    def h(v=n * 2):
        return v
    return h
print(mk(5).__defaults__, mk(5)())
def star(*a, k=3, **kw):
    pass
print(star.__defaults__)
