# Calls of a class whose __init__ (and then __new__) change after many
# instances were made.
class P:
    def __init__(self, a):
        self.a = a


ps = [P(i) for i in range(50)]
print(ps[-1].a)


def init2(self, a, b=0):
    self.a = a + b
    self.b = b


P.__init__ = init2
q = P(1, 2)
print(q.a, q.b)


class Q(P):
    pass


print(Q(3).a)
del P.__init__
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
r = P()
print(hasattr(r, "a"))


def new(cls, *args):
    o = object.__new__(cls)
    o.made_by_new = args
    return o


P.__new__ = new
s = P(9, 8)
print(s.made_by_new, type(s).__name__)
print(Q(5).made_by_new)
P.__init__ = init2
print(Q(5, 1).a)
