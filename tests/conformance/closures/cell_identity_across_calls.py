def make():
    x = 0
    def a():
        return x
    def b():
        return x
    return a, b
a1, b1 = make()
a2, b2 = make()
print(a1.__closure__[0] is b1.__closure__[0])
print(a1.__closure__[0] is a2.__closure__[0])
print(a1 is a2, a1.__code__ is a2.__code__)
print(a1.__qualname__ == a2.__qualname__)
