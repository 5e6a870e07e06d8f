# super() calls in a warm loop while the base's methods change.
class A:
    def m(self):
        return "A"

    def n(self):
        return "An"


class B(A):
    def m(self):
        return "B>" + super().m()

    def n(self):
        return "Bn>" + super().n()


class C(B):
    def m(self):
        return "C>" + super().m()


c = C()
out = []
for i in range(60):
    if i == 20:
        A.m = lambda self: "A2"
    if i == 40:
        del B.m
    out.append(c.m() + "|" + c.n())
print(out[0], out[20], out[40], sep="\n")
B.n = lambda self: "Bn2"
print(c.n(), super(C, c).n(), super(B, c).n())
