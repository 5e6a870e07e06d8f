# super().name(...) where name is a plain function, a classmethod, a
# staticmethod, a property, a builtin method of object, a callable class
# attribute, or missing; and super() in a class method.
class Base:
    def f(self, x):
        return ("Base.f", type(self).__name__, x)

    @classmethod
    def c(cls, x):
        return ("Base.c", cls.__name__, x)

    @staticmethod
    def s(x):
        return ("Base.s", x)

    @property
    def p(self):
        return lambda x: ("Base.p", x)

    callable_attr = staticmethod(len)


class Child(Base):
    def f(self, x):
        return super().f(x + 1)

    def c2(self, x):
        return super().c(x)

    def s2(self, x):
        return super().s(x)

    def p2(self, x):
        return super().p(x)

    def builtin(self):
        return super().__repr__()[:13], super().__eq__(self), super().__hash__() == hash(self)

    def attr(self):
        return super().callable_attr("abcd")

    def missing(self):
        try:
            return super().nothing()
        except AttributeError as e:
            return "AttributeError: " + str(e)

    @classmethod
    def cm(cls):
        return super().c(0)

    def first_arg_replaced(self):
        self = 42
        try:
            return super().f(1)
        except TypeError as e:
            return "TypeError: " + str(e)


ch = Child()
for _ in range(20):
    r = ch.f(1)
print(r)
print(ch.c2(2), ch.s2(3), ch.p2(4))
print(ch.builtin())
print(ch.attr(), ch.missing(), Child.cm())
print(ch.first_arg_replaced())
Base.f = lambda self, x: ("patched", x)
print(ch.f(5))
