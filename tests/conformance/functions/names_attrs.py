def alpha():
    pass
beta = lambda: None
def outer():
    def inner():
        pass
    lam = lambda: 0
    return inner, lam
i, l = outer()
print(alpha.__name__, alpha.__qualname__)
print(beta.__name__, beta.__qualname__)
print(i.__name__, i.__qualname__)
print(l.__name__, l.__qualname__)
gamma = alpha
print(gamma.__name__)
print(hasattr(alpha, "__name__"), hasattr(alpha, "nope"))
print(getattr(alpha, "__qualname__"), getattr(alpha, "missing", "default"))
