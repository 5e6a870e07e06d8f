"""fractions for closured: Fraction, exact rational numbers.

A Fraction is numerator/denominator in lowest terms with a positive
denominator. It mixes with int (exactly) and float (the result is a float),
hashes equal to the int or float of the same value, and prints as
Fraction(3, 4) / 3/4 like CPython's."""

import math as _math

__all__ = ['Fraction']

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _parse(text):
    s = text.strip().replace('_', '')
    if not s:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not (num.isdigit() and den.isdigit()):
            raise ValueError('Invalid literal for Fraction: %r' % text)
        d = int(den)
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % num)
        return sign * int(num), d
    mant, exp = s, 0
    for e in 'eE':
        if e in mant:
            mant, _, ex = mant.partition(e)
            if not ex or not (ex.lstrip('+-').isdigit()) or ex.count('+') + ex.count('-') > 1:
                raise ValueError('Invalid literal for Fraction: %r' % text)
            exp = int(ex)
            break
    whole, dot, frac = mant.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        raise ValueError('Invalid literal for Fraction: %r' % text)
    n = int(whole or '0') * 10 ** len(frac) + int(frac or '0')
    d = 10 ** len(frac)
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


class Fraction:
    """numerator/denominator: Fraction(3, 4), Fraction('0.75'), Fraction(0.75)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, str):
                n, d = _parse(numerator)
            elif hasattr(numerator, 'as_integer_ratio'):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError('argument should be a string or a Rational instance')
        else:
            if not isinstance(numerator, (int, Fraction)) or \
                    not isinstance(denominator, (int, Fraction)):
                raise TypeError('both arguments should be Rational instances')
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a, b = Fraction(numerator), Fraction(denominator)
                n, d = a._numerator * b._denominator, a._denominator * b._numerator
            else:
                n, d = int(numerator), int(denominator)
            if d == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = _math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator, self._denominator = n // g, d // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(str(dec))

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic ----------------------------------------------------------------

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, fop, ffloat):
        o = Fraction._coerce(other)
        if o is not None:
            return fop(self, o)
        if isinstance(other, float):
            return ffloat(float(self), other)
        return NotImplemented

    def _rop(self, other, fop, ffloat):
        o = Fraction._coerce(other)
        if o is not None:
            return fop(o, self)
        if isinstance(other, float):
            return ffloat(other, float(self))
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        if b._numerator == 0:
            # CPython's message shows a's numerator over its gcd with 0: its sign
            sign = (a._numerator > 0) - (a._numerator < 0)
            raise ZeroDivisionError('Fraction(%s, 0)' % sign)
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _mod(a, b):
        d = a._denominator * b._denominator
        return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), d)

    def __add__(self, other):
        return self._op(other, Fraction._add, lambda x, y: x + y)

    def __radd__(self, other):
        return self._rop(other, Fraction._add, lambda x, y: x + y)

    def __sub__(self, other):
        return self._op(other, Fraction._sub, lambda x, y: x - y)

    def __rsub__(self, other):
        return self._rop(other, Fraction._sub, lambda x, y: x - y)

    def __mul__(self, other):
        return self._op(other, Fraction._mul, lambda x, y: x * y)

    def __rmul__(self, other):
        return self._rop(other, Fraction._mul, lambda x, y: x * y)

    def __truediv__(self, other):
        return self._op(other, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(self, other):
        return self._rop(other, Fraction._div, lambda x, y: x / y)

    def __floordiv__(self, other):
        return self._op(other, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(self, other):
        return self._rop(other, Fraction._floordiv, lambda x, y: x // y)

    def __mod__(self, other):
        return self._op(other, Fraction._mod, lambda x, y: x % y)

    def __rmod__(self, other):
        return self._rop(other, Fraction._mod, lambda x, y: x % y)

    def __divmod__(self, other):
        return (self // other, self % other)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other)
            if power >= 0:
                return Fraction(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -power))
            return Fraction(self._denominator ** -power, self._numerator ** -power)
        if isinstance(other, (float, Fraction)):
            return float(self) ** float(other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        return other ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    # ---- comparison and hashing ------------------------------------------------------

    def __hash__(self):
        try:
            inv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return (self._numerator == other._numerator and
                    self._denominator == other._denominator)
        if isinstance(other, int):
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return False
            return self == Fraction(other)
        return NotImplemented

    def _cmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return self._cmp(Fraction(other), op)
        return NotImplemented

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))


import numbers as _numbers

_numbers.Rational.register(Fraction)
