# numbers.Rational: numerator and denominator are abstract properties (instantiation fails
# until both are given), __float__ divides them as ints; Integral's own answers.
import numbers
from abc import ABC


class Half(numbers.Rational):
    pass


try:
    Half()
except TypeError as exc:
    print('TypeError', exc)
print(sorted(numbers.Rational.__abstractmethods__))
print(type(vars(numbers.Rational)['numerator']).__name__,
      getattr(vars(numbers.Rational)['numerator'].fget, '__isabstractmethod__', None))
print(numbers.Rational.__slots__, numbers.Integral.__slots__)
print(isinstance(3, numbers.Rational), isinstance(0.5, numbers.Rational))
from fractions import Fraction
print(isinstance(Fraction(1, 3), numbers.Rational), numbers.Rational.__float__(Fraction(1, 3)))
print(numbers.Integral.numerator.fget(7), numbers.Integral.denominator.fget(7))
try:
    numbers.Rational.numerator.fget(None)
except NotImplementedError as exc:
    print('NotImplementedError', repr(exc))
