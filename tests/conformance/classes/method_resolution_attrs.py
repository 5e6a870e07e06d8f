class A:
    x = "A.x"

    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f/" + super().f()


class C(A):
    x = "C.x"

    def f(self):
        return "C.f/" + super().f()


class D(B, C):
    pass


d = D()
print(d.x, d.f(), D.f is B.f, D.x)
print(super(B, d).f(), super(C, d).f())
print([c.__name__ for c in type(d).__mro__])
