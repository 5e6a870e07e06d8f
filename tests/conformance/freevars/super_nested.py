# super() without arguments reads the __class__ cell: from a method, from a
# method whose body also captures other variables, and from methods defined
# inside functions (the class body's cell reached through nested scopes).


class Base:
    def hello(self):
        return "Base.hello(%s)" % type(self).__name__

    def value(self):
        return 1


class Child(Base):
    def hello(self):
        return "Child>" + super().hello()

    def value(self):
        bonus = 10

        def add(v):
            return v + bonus

        return add(super().value())

    def later(self):
        return lambda: super(Child, self).value() + 100


c = Child()
print(c.hello())
print(c.value())
print(c.later()())


def make_classes(tag):
    class A:
        def who(self):
            return "A" + tag

    class B(A):
        def who(self):
            return "B" + tag + "/" + super().who()

        def nested(self):
            def inner():
                return super(B, self).who() + "!"

            return inner()

    return B


B1 = make_classes("1")
B2 = make_classes("2")
print(B1().who(), B2().who())
print(B1().nested())


class Counter(Base):
    created = 0

    def __init__(self):
        super().__init__()
        Counter.created += 1
        self.n = Counter.created

    def value(self):
        return super().value() + self.n


print([Counter().value() for _ in range(3)])


def class_in_closure():
    prefix = "p:"

    class K(Base):
        def hello(self):
            return prefix + super().hello()

    k = K()
    r = [k.hello()]
    prefix = "q:"
    r.append(k.hello())
    return r


print(class_in_closure())
