class Outer:
    class Inner:
        class Deepest:
            def who(self):
                return type(self).__qualname__

        def make(self):
            return self.Deepest()

    def build(self):
        return Outer.Inner().make()


d = Outer().build()
print(d.who(), Outer.Inner.__qualname__, Outer.Inner.Deepest.__name__)
print(Outer.Inner.Deepest, type(d))


def factory():
    class Local:
        class Sub:
            pass
    return Local


L = factory()
print(L.__qualname__, L.Sub.__qualname__, L.Sub)
