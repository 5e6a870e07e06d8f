# A descriptor with only __get__ added to a class after a site is warm: the
# instance dict still wins over it; where the instance has no such key, it runs.
class Getter:
    def __get__(self, obj, owner):
        return ("get", owner.__name__, obj is None)


class C:
    pass


a, b = C(), C()
a.attr = "a's own"
out = []
for _ in range(30):
    out.append(getattr(a, "attr", None))
    out.append(getattr(b, "attr", None))
C.attr = Getter()
out.append(a.attr)
out.append(b.attr)
out.append(C.attr)
Getter.__set__ = lambda self, obj, v: None
out.append(a.attr)
del Getter.__set__
out.append(a.attr)
print(out[-6:])
