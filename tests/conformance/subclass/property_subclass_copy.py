# getter, setter and deleter of a property subclass's instance make a new instance of that
# class (type(self)(fget, fset, fdel, None)), so decorating keeps the subclass.
class P(property):
    def __init__(self, *a, **k):
        print("init", len(a), sorted(k))
        super().__init__(*a, **k)


class C:
    @P
    def x(self):
        "doc of x"
        return 1

    @x.setter
    def x(self, v):
        print("set", v)

    @x.deleter
    def x(self):
        print("del")

    y = P(doc="given")

    @y.getter
    def y(self):
        return 2


d = C.__dict__
print(type(d["x"]).__name__, C().x, d["x"].fget.__doc__, type(d["y"]).__name__, C().y)
c = C()
c.x = 5
del c.x
print(d["x"].fset.__name__, d["x"].fdel.__name__, d["y"].fset)
try:
    c.y = 1
except AttributeError:
    print("no setter")
