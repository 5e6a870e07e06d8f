def f():
    class C:
        def m(self):
            return y
    y = 5
    return C().m()


print(f())


def g():
    class C:
        def m(self):
            return z
    c = C()
    try:
        c.m()
    except NameError as e:
        print(e)
    z = 1
    return c.m()


print(g())


class Outer:
    a = 1

    def m(self):
        try:
            return a
        except NameError as e:
            return str(e)


print(Outer().m())
