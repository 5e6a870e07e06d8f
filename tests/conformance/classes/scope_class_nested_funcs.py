# from CPython's test_scope: class scopes and nested functions
def test():
    method_and_var = "var"

    class Test:
        def method_and_var(self):
            return "method"

        def test(self):
            return method_and_var

        def actual_global(self):
            return str("global")

        def str(self):
            return str(self)

    return Test()


t = test()
print(t.test(), t.method_and_var(), t.actual_global())


def f(x):
    class C:
        def m(self):
            return x
        a = x
    return C


c = f(1)
print(c.a, c().m())


def g():
    x = 1

    class C:
        x = 2

        def get(self):
            return x
        nested = (lambda: x)()
    return C


C = g()
print(C.x, C().get(), C.nested)
