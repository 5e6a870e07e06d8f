def outer():
    base = 10
    def inner(x, add=base * 2, get=lambda: base):
        return x + add, get()
    base = 99
    return inner
f = outer()
print(f(1))
print(f.__defaults__[0])
print(f.__defaults__[1]())
print(f.__defaults__[1].__code__.co_freevars)
print(f.__code__.co_freevars)
