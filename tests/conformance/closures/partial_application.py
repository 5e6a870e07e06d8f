def partial(f, *bound, **bound_kw):
    def call(*args, **kwargs):
        kw = dict(bound_kw)
        kw.update(kwargs)
        return f(*bound, *args, **kw)
    return call
def fmt(a, b, c="c", d="d"):
    return a + b + c + d
p = partial(fmt, "A")
print(p("B"))
q = partial(fmt, "A", "B", d="D")
print(q(), q(c="C"), q(d="!"))
r = partial(partial(fmt, "1"), "2", "3")
print(r())
print(sorted(p.__code__.co_freevars))
