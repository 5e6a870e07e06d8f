# __class__ assignment: instances of classes with __slots__ only may change
# class too, and the refusals carry CPython's messages
def attempt(name, fn):
    try:
        print(name, "->", fn())
    except (TypeError, AttributeError) as e:
        print(name, "->", type(e).__name__, e)


class A:
    pass


class B:
    pass


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a",)


a = A()


def to_b():
    a.__class__ = B
    return type(a).__name__


s = S1()
s.a = 1


def to_s2():
    s.__class__ = S2
    return type(s).__name__, s.a


attempt("A -> B", to_b)
attempt("A -> S1", lambda: setattr(a, "__class__", S1))
attempt("S1 -> S2", to_s2)
attempt("S2 -> A", lambda: setattr(s, "__class__", A))
attempt("to an int", lambda: setattr(a, "__class__", 5))
attempt("to int", lambda: setattr(a, "__class__", int))
attempt("delete", lambda: delattr(a, "__class__"))
attempt("slots delete", lambda: delattr(s, "__class__"))
