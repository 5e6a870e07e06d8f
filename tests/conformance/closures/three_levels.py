def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
f = level1(1)(10)
print(f(100))
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
print(f.__qualname__)
g = level1("x")
h = g("y")
print(h("z"), g("Y")("Z"))
print(level1.__closure__, g.__code__.co_freevars)
def outer():
    x = "outer-x"
    def middle():
        def inner():
            return x
        return inner
    return middle
inner = outer()()
print(inner(), inner.__code__.co_freevars)
print(outer()().__qualname__)
