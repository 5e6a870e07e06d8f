# The numeric tower: builtin numbers, Fraction and a class registered by hand.
import numbers
from fractions import Fraction

for v in (1, True, 2.5, Fraction(1, 3), "1", None):
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real,
                                         numbers.Rational, numbers.Integral)
                    if isinstance(v, c)])
print(issubclass(numbers.Integral, numbers.Number), issubclass(numbers.Real, numbers.Integral))
print(numbers.Integral.__mro__[1:])


class MyNum:
    pass


numbers.Real.register(MyNum)
print(isinstance(MyNum(), numbers.Number), isinstance(MyNum(), numbers.Rational))
try:
    numbers.Integral()
except TypeError as e:
    print(str(e)[:45])
print(numbers.__all__)


def describe(x):
    if isinstance(x, numbers.Integral):
        return "integral"
    if isinstance(x, numbers.Rational):
        return "rational"
    if isinstance(x, numbers.Real):
        return "real"
    return "other"


print([describe(x) for x in (3, Fraction(2, 5), 0.1, "x")])
