from functools import partial

def make_scaler(factor):
    def scale(x, offset=0):
        return x * factor + offset
    return scale

double = make_scaler(2)
triple = make_scaler(3)
d5 = partial(double, offset=5)
t1 = partial(triple, offset=1)
print(d5(10), t1(10), d5(1, offset=0))
handlers = [partial(make_scaler(k), offset=k) for k in range(4)]
print([h(10) for h in handlers])
print([h.func.__closure__[0].cell_contents for h in handlers])

def counter():
    n = 0
    def bump(step):
        nonlocal n
        n += step
        return n
    return bump
c = counter()
by3 = partial(c, 3)
by3(); by3()
print(c(0), by3.func is c)
