# divmod, pow with a modulus, math.trunc/floor/ceil, round and abs go to a
# class's own special methods, and say CPython's TypeErrors when none applies.
import math


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)

    def __rdivmod__(self, n):
        return "rdivmod from %r" % (n,)

    def __trunc__(self):
        return self.cents // 100

    def __floor__(self):
        return "floor of %d" % self.cents

    def __ceil__(self):
        return "ceil of %d" % self.cents

    def __round__(self, ndigits=None):
        return ("round", ndigits)

    def __abs__(self):
        return Money(abs(self.cents))

    def __pow__(self, e, mod=None):
        return ("pow", e, mod)

    def __rpow__(self, base, mod=None):
        return ("rpow", base, mod)


class Refuses:
    def __divmod__(self, other):
        return NotImplemented

    def __pow__(self, e, mod=None):
        return NotImplemented


m = Money(-1234)
cases = [
    ("divmod(m, 7)", lambda: divmod(m, 7)),
    ("divmod(3, m)", lambda: divmod(3, m)),
    ("math.trunc(m)", lambda: math.trunc(m)),
    ("math.floor(m)", lambda: math.floor(m)),
    ("math.ceil(m)", lambda: math.ceil(m)),
    ("round(m)", lambda: round(m)),
    ("round(m, 1)", lambda: round(m, 1)),
    ("abs(m)", lambda: abs(m)),
    ("pow(m, 2)", lambda: pow(m, 2)),
    ("pow(m, 2, 9)", lambda: pow(m, 2, 9)),
    ("2 ** m", lambda: 2 ** m),
    ("pow(2, m, 9)", lambda: pow(2, m, 9)),
    ("divmod(Refuses(), 1)", lambda: divmod(Refuses(), 1)),
    ("pow(Refuses(), 1, 2)", lambda: pow(Refuses(), 1, 2)),
    ("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5)),
    ("pow(2, 3, 5.0)", lambda: pow(2, 3, 5.0)),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("pow(3, -1, 7)", lambda: pow(3, -1, 7)),
    ("divmod('a', 2)", lambda: divmod("a", 2)),
    ("math.trunc('x')", lambda: math.trunc("x")),
    ("math.floor(None)", lambda: math.floor(None)),
    ("round('x')", lambda: round("x")),
    ("abs([])", lambda: abs([])),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
