class A(Exception): pass
class B(A): pass
class C(B): pass


def classify(exc):
    try:
        raise exc
    except C:
        return "C"
    except B:
        return "B"
    except A:
        return "A"
    except Exception:
        return "other"


print([classify(e) for e in (A(), B(), C(), ValueError())])
try:
    raise C("x")
except (KeyError, B) as e:
    print("tuple caught", type(e).__name__, isinstance(e, A))
try:
    raise B
except A as e:
    print(repr(e), e.args)


class NotExc:
    pass


try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    try:
        raise A("x")
    except NotExc:
        pass
except TypeError as e:
    print(e)
