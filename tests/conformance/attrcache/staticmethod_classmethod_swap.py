# A call site that sees a function, then a staticmethod, then a classmethod
# under the same name.
class C:
    def f(self, *a):
        return ("func", type(self).__name__, a)


class D(C):
    pass


def go(o):
    return o.f(1)


objs = [C(), D()]
for _ in range(30):
    r = [go(o) for o in objs]
print(r)
C.f = staticmethod(lambda *a: ("static", a))
print([go(o) for o in objs])
C.f = classmethod(lambda cls, *a: ("class", cls.__name__, a))
print([go(o) for o in objs])
D.f = lambda self, *a: ("D", a)
print([go(o) for o in objs])
print(C.f(2), D.f(objs[1], 3))
