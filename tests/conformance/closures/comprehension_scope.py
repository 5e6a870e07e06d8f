def outer():
    x = 10
    return [x + i for i in range(3)]
print(outer())
def lambdas():
    return [lambda: i for i in range(3)]
print([f() for f in lambdas()])
def lambdas_default():
    return [lambda i=i: i for i in range(3)]
print([f() for f in lambdas_default()])
def capture_after():
    fs = [lambda: v for _ in range(2)]
    v = "assigned later"
    return [f() for f in fs]
print(capture_after())
def gen_scope():
    base = 5
    return sum(base * k for k in range(4))
print(gen_scope())
def dict_scope():
    m = 3
    return {k: (lambda k=k: k * m) for k in range(3)}
ds = dict_scope()
print({k: f() for k, f in ds.items()})
