# Classes derived from property: their instances are descriptors (the getter, setter and
# deleter they were made with run on attribute access), with the class's own methods,
# attributes and overrides.
class Logged(property):
    pass


class Counting(property):
    reads = 0

    def __get__(self, obj, owner=None):
        if obj is not None:
            Counting.reads += 1
        return super().__get__(obj, owner)


class Labeled(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None, label="?"):
        super().__init__(fget, fset, fdel, doc)
        self.label = label


class C:
    def __init__(self):
        self._v = 1

    @Logged
    def v(self):
        "the value"
        return self._v

    def _set(self, value):
        self._v = value

    def _del(self):
        print("deleting")
        del self._v

    w = Logged(lambda self: self._v * 10, _set, _del)
    n = Counting(lambda self: self._v + 100)
    l = Labeled(lambda self: "labeled", label="L")


c = C()
d = C.__dict__
print(c.v, type(d["v"]).__name__, isinstance(d["v"], property), d["v"].fget.__doc__)
print(d["v"].fget.__name__, d["v"].fset, d["w"].fset.__name__)
c.w = 5
print(c.w, c.v)
del c.w
print(hasattr(c, "_v"))
c.w = 2
print(c.n, c.n, Counting.reads)
print(c.l, d["l"].label)
try:
    c.v = 3
except AttributeError as e:
    print("AttributeError")
print(d["w"].__get__(c, C), d["n"].__get__(c))
d["w"].__set__(c, 7)
print(c.w)
print(issubclass(Logged, property), Logged.__mro__[1].__name__)
