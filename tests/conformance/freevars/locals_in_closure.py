# locals() in a closure lists its free variables (those it uses) beside its
# own locals, with their current values; unbound ones are left out.


def outer():
    a = 1
    b = [2]
    unused = "u"

    def inner(p):
        q = p * 2
        d = locals()
        return sorted(d.items(), key=lambda kv: kv[0]), a, b

    r1 = inner(3)
    a = 10
    b.append(3)
    r2 = inner(4)
    return r1, r2, unused


print(outer())


def with_cells():
    x = "x"

    def mid():
        y = "y"

        def leaf():
            return x + y

        return sorted(locals()), leaf()

    return mid()


print(with_cells())


def unbound_free():
    def f():
        try:
            v  # noqa: B018
        except NameError:
            pass
        return sorted(locals())

    r = [f()]
    v = 1
    r.append(f())
    del v
    r.append(f())
    return r


print(unbound_free())


def generator_locals():
    k = 7

    def g():
        for i in range(2):
            yield sorted(locals().items())
        yield k

    return list(g())


print(generator_locals())
