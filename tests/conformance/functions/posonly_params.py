def f(a, b, /, c, *, d=4):
    return a, b, c, d

print(f(1, 2, 3), f(1, 2, c=5, d=6))

def g(x, /):
    return x * 2

print(g(21))
lam = lambda a, /, b=2: a + b
print(lam(1), lam(1, b=5))

class K:
    def __init_subclass__(cls, /, tag="t", **kw):
        cls.tag = tag
class L(K, tag="q"): pass
print(L.tag)
for src in ["def h(/, a): pass", "def h(a, /, b, /): pass", "def h(*, a, /): pass", "def h(*a, /): pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.offset)
