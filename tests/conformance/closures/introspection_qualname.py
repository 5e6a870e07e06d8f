def outer():
    def inner():
        def innermost():
            pass
        return innermost
    f = lambda: None
    return inner, inner(), f
i, im, lam = outer()
print(outer.__qualname__)
print(i.__qualname__)
print(im.__qualname__)
print(lam.__qualname__)
print(i.__name__, im.__name__, lam.__name__)
def deco(fn):
    def wrapper():
        return fn()
    return wrapper
@deco
def decorated():
    pass
print(decorated.__name__, decorated.__qualname__)
make = lambda: lambda: 0
print(make().__qualname__)
