class Base(Exception):
    code = 1


class Mid(Base):
    code = 2


class Leaf(Mid):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra


def raiser(cls):
    def f():
        raise cls("from closure")
    return f


for cls in (Base, Mid, Leaf):
    try:
        raiser(cls)()
    except Mid as e:
        print("Mid handler", type(e).__name__, e.code, e)
    except Base as e:
        print("Base handler", type(e).__name__, e.code, e)
try:
    raise Leaf("x", extra=5)
except Base as e:
    print(e.extra, e.args)
try:
    try:
        raise Leaf("inner")
    except Leaf as e:
        raise Mid("outer") from e
except Base as e:
    print(type(e).__name__, type(e.__cause__).__name__, e.__cause__)
errors = []
for i in range(3):
    try:
        raise [Base, Mid, Leaf][i](i)
    except Exception as e:
        errors.append(e)
print([type(e).__name__ for e in errors], [e.args for e in errors])
e = Leaf()
e.note = "added"
print(e.note, vars(e))
