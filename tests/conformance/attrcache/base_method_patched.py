# Patching a base class after a subclass's call sites are warm: the subclass
# sees the new method unless it defines its own.
class A:
    def who(self):
        return "A.who"

    def other(self):
        return "A.other"


class B(A):
    def other(self):
        return "B.other"


class C(B):
    pass


def probe(o):
    return o.who() + "/" + o.other()


objs = [A(), B(), C()]
for _ in range(200):
    out = [probe(o) for o in objs]
print(out)
A.who = lambda self: "A.who2"
print([probe(o) for o in objs])
B.who = lambda self: "B.who"
print([probe(o) for o in objs])
del B.other
print([probe(o) for o in objs])
del B.who
print([probe(o) for o in objs])
A.other = lambda self: "A.other2"
print([probe(o) for o in objs])
