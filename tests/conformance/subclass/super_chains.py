# super() through several levels of builtin subclasses, and explicit base calls.
class Base(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, ("base", v))


class Middle(Base):
    def __setitem__(self, k, v):
        super().__setitem__(k, ("middle", v))

    def __getitem__(self, k):
        return dict.__getitem__(self, k)[1]


m = Middle()
m["a"] = 1
print(m, m["a"], dict.__getitem__(m, "a"), Middle.__mro__[2].__name__)


class Sorted(list):
    def append(self, x):
        super().append(x)
        self.sort()

    def extend(self, xs):
        for x in xs:
            self.append(x)


s = Sorted()
s.append(3)
s.extend([1, 2])
print(s, list.__len__(s), list.__getitem__(s, 0), len(s), s[-1])


class Words(tuple):
    def __new__(cls, text):
        return super().__new__(cls, text.split())

    def __str__(self):
        return " | ".join(self)


w = Words("alpha beta gamma")
print(w, repr(w), len(w), w[1], str(w), tuple.__len__(w))
