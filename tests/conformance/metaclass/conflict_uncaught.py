class MetaA(type):
    pass


class MetaB(type):
    def __call__(cls, *args):
        print("MetaB.__call__", cls.__name__, args)
        return super().__call__(*args)


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    def __init__(self, n):
        self.n = n


print(B(3).n, type(B).__name__, type(A).__name__)
print(isinstance(A, MetaB), issubclass(MetaB, type))


class C(A, B):
    pass
