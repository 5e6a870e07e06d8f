# Classes derived from complex, and complex() of objects with __complex__,
# __float__ or __index__.


class Signal(complex):
    def magnitude(self):
        return abs(self)


s = Signal(3, 4)
print(s, repr(s), s.real, s.imag, s.magnitude(), isinstance(s, complex))
print(s + 1, type(s + 1).__name__, s * 2j, s - s, s == 3 + 4j, hash(s) == hash(3 + 4j))
print(s.conjugate(), type(s.conjugate()).__name__, complex(s), type(complex(s)).__name__)
print(Signal("1+2j"), Signal(), Signal(2.5), Signal(1, 1) != Signal(1, 2))


class Tagged(complex):
    def __new__(cls, re, im, tag):
        obj = super().__new__(cls, re, im)
        obj.tag = tag
        return obj

    def __repr__(self):
        return "Tagged(%r, %s)" % (complex(self), self.tag)

    def __add__(self, other):
        return Tagged(self.real + complex(other).real, self.imag + complex(other).imag, self.tag)


t = Tagged(1, 2, "a")
print(t, t + 1, 1 + t, t.tag)


class Pair:
    def __complex__(self):
        return 3 + 4j


class Real:
    def __float__(self):
        return 2.5


class Whole:
    def __index__(self):
        return 7


class Bad:
    def __complex__(self):
        return 5


print(complex(Pair()), complex(Real()), complex(Whole()), complex(Real(), Whole()))
print(complex(Pair(), 1), complex(1, Real()), complex(1.5, -0.0), complex(-0.0, 0.0))
for args in ((Bad(),), (object(),), (1, Pair()), (1, "2")):
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError:", e)
print(abs(complex(Pair())), format(1 + 2j, ","), format(1234.5 + 2j, "_"), format(12345.5 + 2j, ",.2f"))
