class Base:
    kind = "base"
    items = []

    def who(self):
        return self.kind


class Child(Base):
    kind = "child"


a, b = Base(), Child()
print(a.who(), b.who(), Child.kind, Base.kind)
a.items.append(1)
print(b.items, Child.items is Base.items)
Base.kind = "changed"
print(a.who(), b.who())
b.kind = "instance"
print(b.who(), Child.kind)
del b.kind
print(b.who())
print(Child.__dict__["kind"], "who" in Base.__dict__, "who" in Child.__dict__)
print(Base.__module__, Child.__qualname__, Base.who.__name__)
