x = "global"


class C:
    x = "class"
    y = x + "!"

    def method(self):
        return x

    lam = lambda self: x
    comp = [x for _ in range(2)]
    first = [v for v in (x, x)]


print(C.y, C().method(), C().lam(), C.comp, C.first)


def outer():
    x = "outer"

    class D:
        x = "class D"
        seen = x

        def get(self):
            return x

    return D


D = outer()
print(D.seen, D().get(), D.x)


def outer2():
    v = "free"

    class E:
        w = v

    return E


print(outer2().w)
