# One call site seeing several classes in turn (more than one entry per
# site), with one of them patched midway.
class A:
    def v(self):
        return 1


class B:
    def v(self):
        return 2


class C(A):
    pass


class D(B):
    def v(self):
        return 4


objs = [A(), B(), C(), D()] * 5
totals = []
for i in range(40):
    if i == 20:
        A.v = lambda self: 10
    if i == 30:
        B.v = lambda self: 20
    totals.append(sum(o.v() for o in objs))
print(totals[0], totals[19], totals[20], totals[30], totals[39])
