def f():
    x = 1

    class C:
        y = x
        x = 2

        def meth(self):
            return x
    return C


C = f()
print(C.y, C.x, C().meth())


def g(x):
    class C:
        nonlocal x
        x += 1

        def get(self):
            return x
    return C, lambda: x


C, h = g(10)
print(C().get(), h())


def k():
    class A:
        pass

    def inner():
        return A
    return inner()


print(k().__qualname__)
