class A:
    def f(self):
        return __class__

    def g(self):
        return super().__repr__ is not None


print(A().f() is A, A().g())
print(A.f.__code__.co_freevars, A.f.__closure__[0].cell_contents is A)
print(A.g.__code__.co_freevars)


class B(A):
    def f(self):
        return (__class__, super().f())


b = B()
print(b.f()[0] is B, b.f()[1] is A)


def plain():
    return 1


print(plain.__closure__)
