"""decimal for closured: decimal floating point as the General Decimal
Arithmetic specification defines it, with CPython 3.11's behaviour.

A Decimal is a sign, an integer coefficient and an exponent (or one of the
special values Infinity, NaN and sNaN, a NaN keeping its payload in the
coefficient). Arithmetic rounds to the current context's precision with its
rounding mode; each exceptional condition sets the context's flag for its
signal and raises the signal when the context traps it, the exception's
argument listing the conditions as CPython's does ([<class
'decimal.ConversionSyntax'>]). sqrt, exp, ln, log10 and non-integral powers
are correctly rounded (ROUND_HALF_EVEN): they are computed on scaled integers
with guard digits, more each time the rounding is still in doubt
(_decimal_power.py, which gives them to Decimal).

The context is one per program (a program has one thread); localcontext()
swaps a copy in and restores the previous one on exit. next_plus/
next_minus/next_toward, shift/rotate and the logical operations are in
_decimal_more.py, with compare_total_mag."""

import math
from _types import set_c_name as _set_c_name
import numbers

import _decimal_context
import _decimal_more
import _decimal_power
from _decimal_context import *
from _decimal_context import (_ROUNDINGS, _ctx, _signal_of)
from _decimal_text import _format_number, _pad, _parse, _parse_spec, _sign_str

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

# ---- digits and rounding ----------------------------------------------------

def _ndigits(n):
    """Decimal digits of a non-negative int (1 for 0)."""
    return len(str(n))


def _round_int(c, drop, rounding, sign):
    """`c` with its last `drop` (> 0) digits removed under `rounding`:
    (new coefficient, whether a non-zero digit was lost)."""
    p = 10 ** drop
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    half = p // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


# ---- the Decimal type -------------------------------------------------------

def _new(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._is_special = isinstance(exp, str)
    return d


def _convert(other, raising=False):
    """`other` as a Decimal when it is one or an int; else NotImplemented, or
    TypeError when `raising`."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raising:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(other).__name__)
    return NotImplemented


class Decimal:
    """An immutable decimal number: sign, integer coefficient and exponent, or
    Infinity, NaN or sNaN."""

    def __new__(cls, value='0', context=None):
        if type(value) is Decimal and cls is Decimal:
            return value
        if type(value) is int:  # the common case, first
            d = object.__new__(cls)
            d._sign = 1 if value < 0 else 0
            d._int = -value if value < 0 else value
            d._exp = 0
            d._is_special = False
            return d
        if isinstance(value, Decimal):
            parts = (value._sign, value._int, value._exp)
        elif isinstance(value, str):
            parts = _parse(value)
            if parts is None:
                _ctx(context)._raise(ConversionSyntax)
                parts = (0, 0, 'n')
        elif isinstance(value, bool) or isinstance(value, int):
            v = int(value)
            parts = (1 if v < 0 else 0, abs(v), 0)
        elif isinstance(value, float):
            _ctx(context)._raise(FloatOperation)
            d = Decimal.from_float(value)
            parts = (d._sign, d._int, d._exp)
        elif isinstance(value, (tuple, list)):
            parts = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        d = object.__new__(cls)
        d._sign, d._int, d._exp = parts
        d._is_special = isinstance(d._exp, str)
        return d

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if f != f:
            return cls('NaN')
        sign = 1 if math.copysign(1.0, f) < 0 else 0
        if f in (float('inf'), float('-inf')):
            d = _new(sign, 0, 'F')
        else:
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1
            d = _new(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # -- predicates and plain accessors --

    def _isnan(self):
        """0 for a number, 1 for a quiet NaN, 2 for a signalling one."""
        if self._exp == 'n':
            return 1
        if self._exp == 'N':
            return 2
        return 0

    def is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        return _ctx(context).Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() < _ctx(context).Emin

    def adjusted(self):
        """The exponent of the most significant digit (0 for special values)."""
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def conjugate(self):
        return self

    # A Decimal as a number of the numeric tower: real, with no imaginary part.
    real = property(lambda self: self)
    imag = property(lambda self: Decimal(0))

    def radix(self):
        return Decimal(10)

    def as_tuple(self):
        if self._exp == 'F':
            digits = (0,)
        elif self._is_special and self._int == 0:
            digits = ()
        else:
            digits = tuple(int(ch) for ch in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._int == 0:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _new(other._sign, self._int, self._exp)

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (
                self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def number_class(self, context=None):
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self.is_infinite():
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    # -- text --

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._exp == 'n' else 'sNaN') + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = _ctx(context).capitals
            exp = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # -- conversions --

    def __bool__(self):
        return self._is_special or self._int != 0

    def _integral_check(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')

    def __int__(self):
        self._integral_check()
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        if self._exp == 'F':
            return float('-inf') if self._sign else float('inf')
        if self._int == 0:
            return -0.0 if self._sign else 0.0
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        self._integral_check()
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        self._integral_check()
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_new(0, 1, -n))
        self._integral_check()
        return int(self._rescale(0, ROUND_HALF_EVEN))

    # -- hashing and comparison --

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2305843009213693951
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(2075258708292324556, -self._exp, modulus)
        h = self._int * exp_hash % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def _compare_value(self, other):
        """-1, 0 or 1 comparing two non-NaN Decimals."""
        if self._exp == 'F' or other._exp == 'F':
            a = (-1 if self._sign else 1) if self._exp == 'F' else 0
            b = (-1 if other._sign else 1) if other._exp == 'F' else 0
            if a != b:
                return -1 if a < b else 1
            if a != 0:
                return 0
            # one is infinite, the other finite
        if self._exp == 'F':
            return -1 if self._sign else 1
        if other._exp == 'F':
            return 1 if other._sign else -1
        if self._int == 0:
            if other._int == 0:
                return 0
            return 1 if other._sign else -1
        if other._int == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        a_adj = self.adjusted()
        b_adj = other.adjusted()
        if a_adj != b_adj:
            r = 1 if a_adj > b_adj else -1
        else:
            a, b = self._int, other._int
            if self._exp > other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            r = (a > b) - (a < b)
        return -r if self._sign else r

    def _compare_other(self, other, ordering):
        """(self, other) as comparable values: other becomes a Decimal (from an
        int or float) or an exact (numerator, denominator) pair for a Rational;
        None for unsupported types."""
        if isinstance(other, (Decimal, int)):
            return _convert(other)
        if isinstance(other, float):
            if ordering:
                getcontext()._raise(FloatOperation)
            return Decimal.from_float(other)
        if isinstance(other, complex) and not ordering and other.imag == 0:
            return Decimal.from_float(other.real)
        if isinstance(other, numbers.Rational):
            return other
        return None

    def _cmp_rational(self, other):
        if self._exp == 'F':
            return -1 if self._sign else 1
        n, d = self.as_integer_ratio()
        a = n * other.denominator
        b = other.numerator * d
        return (a > b) - (a < b)

    def __eq__(self, other):
        o = self._compare_other(other, False)
        if o is None:
            return NotImplemented
        if self.is_snan() or (isinstance(o, Decimal) and o.is_snan()):
            getcontext()._raise(InvalidOperation)
            return False
        if self.is_nan() or (isinstance(o, Decimal) and o.is_nan()):
            return False
        if not isinstance(o, Decimal):
            return self._cmp_rational(o) == 0
        return self._compare_value(o) == 0

    def _order(self, other):
        if type(other) is Decimal and not (self._is_special or other._is_special):
            return self._compare_value(other)
        o = self._compare_other(other, True)
        if o is None:
            return None
        if self.is_nan() or (isinstance(o, Decimal) and o.is_nan()):
            getcontext()._raise(InvalidOperation)
            return 'nan'
        if not isinstance(o, Decimal):
            return self._cmp_rational(o)
        return self._compare_value(o)

    def __lt__(self, other):
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r < 0

    def __le__(self, other):
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r <= 0

    def __gt__(self, other):
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r > 0

    def __ge__(self, other):
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r >= 0

    def _check_nans(self, other, context):
        """The NaN result when an operand is a NaN (a signalling one signals
        InvalidOperation first), else None."""
        if not self._is_special and (other is None or not other._is_special):
            return None
        a = self._isnan()
        b = other._isnan() if other is not None else 0
        if a or b:
            if a == 2:
                context._raise(InvalidOperation)
                return _new(self._sign, self._int, 'n')._fix_nan(context)
            if b == 2:
                context._raise(InvalidOperation)
                return _new(other._sign, other._int, 'n')._fix_nan(context)
            if a:
                return self._fix_nan(context)
            return other._fix_nan(context)
        return None

    def compare(self, other, context=None):
        context = _ctx(context)
        other = _convert(other, True)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        return Decimal(self._compare_value(other))

    def compare_signal(self, other, context=None):
        context = _ctx(context)
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            context._raise(InvalidOperation)
            return self._check_nans(other, context)
        return Decimal(self._compare_value(other))

    def compare_total(self, other, context=None):
        """Total order: -NaN < -sNaN < -Inf < numbers < Inf < sNaN < NaN; equal
        values order by exponent."""
        other = _convert(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        r = self._total_key_cmp(other)
        if self._sign:
            r = -r
        return Decimal(r)

    def _total_key_cmp(self, other):
        rank = {'n': 3, 'N': 2, 'F': 1}
        ra = rank.get(self._exp, 0) if self._is_special else 0
        rb = rank.get(other._exp, 0) if other._is_special else 0
        if ra != rb:
            return -1 if ra < rb else 1
        if ra >= 2:
            return (self._int > other._int) - (self._int < other._int)
        if ra == 1:
            return 0
        r = _new(0, self._int, self._exp)._compare_value(_new(0, other._int, other._exp))
        if r:
            return r
        return (self._exp > other._exp) - (self._exp < other._exp)

    def _minmax(self, other, context, want_max, mag):
        context = _ctx(context)
        other = _convert(other, True)
        a, b = self._isnan(), other._isnan()
        if a or b:
            if a == 1 and b == 0:
                return other._fix(context)
            if b == 1 and a == 0:
                return self._fix(context)
            return self._check_nans(other, context)
        x, y = (self.copy_abs(), other.copy_abs()) if mag else (self, other)
        c = x._compare_value(y)
        if c == 0 and mag:
            c = self._compare_value(other)
        if c == 0:
            c = self._total_key_cmp(other) if self._sign == other._sign else (
                -1 if self._sign else 1)
            if self._sign and self._sign == other._sign:
                c = -c
        if want_max:
            pick = other if c < 0 else self
        else:
            pick = self if c < 0 else other
        return pick._fix(context)

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    # -- fitting a result to a context --

    def _fix_nan(self, context):
        """A NaN's payload trimmed to what the context can hold."""
        limit = context.prec - context.clamp
        if self._int and _ndigits(self._int) > limit:
            return _new(self._sign, int(str(self._int)[-limit:]), self._exp)
        return self

    def _fix(self, context):
        """This value rounded to the context's precision and exponent range,
        signalling what the rounding did (Rounded, Inexact, Subnormal,
        Underflow, Overflow, Clamped)."""
        if self._is_special:
            if self.is_nan():
                return self._fix_nan(context)
            return self
        # The context's fields are read directly: its properties would cost a
        # call each, on every operation's result.
        prec = context._prec
        exp = self._exp
        # Most results: a non-zero coefficient of at most prec digits whose
        # exponent lies in [Emin, Etop], so nothing rounds, overflows, clamps
        # or is subnormal (the exponent of the least significant digit kept,
        # exp + digits - prec, is then in [Etiny, exp]).
        if 0 < self._int < context._ten_prec and context._Emin <= exp <= context._Emax - prec + 1:
            return self
        etiny = context._Emin - prec + 1
        etop = context._Emax - prec + 1
        if self._int == 0:
            exp_max = context._Emax if context._clamp == 0 else etop
            new_exp = min(max(self._exp, etiny), exp_max)
            if new_exp != self._exp:
                context._raise(Clamped)
                return _new(self._sign, 0, new_exp)
            return self
        n = _ndigits(self._int)
        exp_min = n + self._exp - prec
        if exp_min > etop:
            return self._overflow(context)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if self._exp < exp_min:
            drop = exp_min - self._exp
            if drop > n + 1:
                # Far below the last kept digit: only its stickiness matters.
                coeff, changed = _round_int(1, 2, context._rounding, self._sign)
            else:
                coeff, changed = _round_int(self._int, drop, context._rounding, self._sign)
            if _ndigits(coeff) > prec:
                coeff //= 10
                exp_min += 1
                if exp_min > etop:
                    return self._overflow(context)
            ans = _new(self._sign, coeff, exp_min)
            conds = []
            if changed and subnormal:
                conds.append(Underflow)
            if subnormal:
                conds.append(Subnormal)
            if changed:
                conds.append(Inexact)
            conds.append(Rounded)
            if coeff == 0:
                conds.append(Clamped)
            context._raise(*conds)
            return ans
        if subnormal:
            context._raise(Subnormal)
        if context._clamp == 1 and self._exp > etop:
            context._raise(Clamped)
            return _new(self._sign, self._int * 10 ** (self._exp - etop), etop)
        return self

    def _overflow(self, context):
        r = context.rounding
        sign = self._sign
        if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                or (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1)):
            ans = _new(sign, 0, 'F')
        else:
            ans = _new(sign, 10 ** context.prec - 1, context.Etop())
        context._raise(Overflow, Inexact, Rounded)
        return ans

    def _rescale(self, exp, rounding):
        """This finite value at exponent `exp` (rounded with `rounding` when
        digits drop), signalling nothing."""
        return self._rescaled(exp, rounding)[0]

    def _rescaled(self, exp, rounding):
        """(_rescale(exp, rounding), whether the value changed: a non-zero
        digit dropped)."""
        if self._is_special:
            return self, False
        if self._int == 0:
            return _new(self._sign, 0, exp), False
        if exp <= self._exp:
            return _new(self._sign, self._int * 10 ** (self._exp - exp), exp), False
        drop = exp - self._exp
        if drop > _ndigits(self._int) + 1:
            # far below the last kept digit: only its stickiness matters
            coeff, changed = _round_int(1, 2, rounding, self._sign)
        else:
            coeff, changed = _round_int(self._int, drop, rounding, self._sign)
        return _new(self._sign, coeff, exp), changed

    # -- arithmetic --

    def _add(self, other, context, subtracting=False):
        if self._is_special or other._is_special:
            nan = self._check_nans(other, context)
            if nan is not None:
                return nan
        if self._exp == 'F':
            if other._exp == 'F' and self._sign != other._sign:
                return context._invalid()
            return self
        if other._exp == 'F':
            return other
        exp = min(self._exp, other._exp)
        rounding = context._rounding
        prec = context._prec
        negzero = (rounding == ROUND_FLOOR and self._sign != other._sign) or (
            self._sign and other._sign)
        if self._int == 0 and other._int == 0:
            return _new(1 if negzero else 0, 0, exp)._fix(context)
        if self._int == 0:
            exp = max(exp, other._exp - prec - 1)
            return other._rescale(exp, rounding)._fix(context)
        if other._int == 0:
            exp = max(exp, self._exp - prec - 1)
            return self._rescale(exp, rounding)._fix(context)
        a, b = self, other
        # An operand wholly below the other's precision window only needs to
        # be a sticky 1 just below that window.
        if a._exp < b._exp:
            a, b = b, a
        window = a._exp + min(-1, _ndigits(a._int) - prec - 2)
        if _ndigits(b._int) + b._exp - 1 < window:
            b = _new(b._sign, 1, window)
        exp = b._exp
        ai = a._int * 10 ** (a._exp - exp)
        bi = b._int
        av = -ai if a._sign else ai
        bv = -bi if b._sign else bi
        total = av + bv
        if total == 0:
            return _new(1 if rounding == ROUND_FLOOR else 0, 0, exp)._fix(context)
        return _new(1 if total < 0 else 0, abs(total), exp)._fix(context)

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._add(other, _ctx(context))

    def __radd__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._add(self, _ctx(context))

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._add(other.copy_negate(), _ctx(context))

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._add(self.copy_negate(), _ctx(context))

    def _mul(self, other, context):
        sign = self._sign ^ other._sign
        if not (self._is_special or other._is_special):
            return _new(sign, self._int * other._int, self._exp + other._exp)._fix(context)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._exp == 'F' or other._exp == 'F':
            if (self._exp != 'F' and self._int == 0) or (other._exp != 'F' and other._int == 0):
                return context._invalid()
            return _new(sign, 0, 'F')
        return _new(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._mul(other, _ctx(context))

    def __rmul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._mul(self, _ctx(context))

    def _truediv(self, other, context):
        if self._is_special or other._is_special:
            nan = self._check_nans(other, context)
            if nan is not None:
                return nan
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                return context._invalid()
            return _new(sign, 0, 'F')
        if other._exp == 'F':
            context._raise(Clamped)
            return _new(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                return context._invalid(DivisionUndefined)
            context._raise(DivisionByZero)
            return _new(sign, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return _new(sign, 0, ideal)._fix(context)
        prec = context._prec
        shift = _ndigits(other._int) - _ndigits(self._int) + prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _new(sign, q, exp)._fix(context)

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._truediv(other, _ctx(context))

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._truediv(self, _ctx(context))

    def _divmod(self, other, context, want):
        """Integer quotient truncated toward zero ('q'), remainder with the
        dividend's sign ('r'), or both ('qr')."""
        nan = self._check_nans(other, context)
        if nan is not None:
            return (nan, nan) if want == 'qr' else nan
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F' or want != 'q':
                nan = context._invalid()
                if want == 'qr' and other._exp != 'F':
                    return _new(sign, 0, 'F'), nan
                return (nan, nan) if want == 'qr' else nan
            return _new(sign, 0, 'F')
        if other._exp != 'F' and other._int == 0:
            if self._int == 0:
                nan = context._invalid(DivisionUndefined)
                return (nan, nan) if want == 'qr' else nan
            if want == 'q':
                context._raise(DivisionByZero)
                return _new(sign, 0, 'F')
            if want == 'r':
                return context._invalid()
            context._raise(InvalidOperation, DivisionByZero)
            return _new(sign, 0, 'F'), _NAN
        if other._exp == 'F':
            q = _new(sign, 0, 0)
            r = None if want == 'q' else self._fix(context)
        else:
            expdiff = self.adjusted() - other.adjusted()
            exp = min(self._exp, other._exp)
            if self._int == 0 or expdiff <= -2:
                q = _new(sign, 0, 0)
                r = None if want == 'q' else self._rescale(exp, context.rounding)._fix(context)
            elif expdiff <= context.prec:
                a = self._int * 10 ** (self._exp - exp)
                b = other._int * 10 ** (other._exp - exp)
                qi, ri = divmod(a, b)
                if qi < 10 ** context.prec:
                    q = _new(sign, qi, 0)
                    r = None if want == 'q' else _new(self._sign, ri, exp)._fix(context)
                else:
                    q = None
            else:
                q = None
            if q is None:
                nan = context._invalid(DivisionImpossible)
                return (nan, nan) if want == 'qr' else nan
        if want == 'q':
            return q
        if want == 'r':
            return r
        return q, r

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, _ctx(context), 'q')

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._divmod(self, _ctx(context), 'q')

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, _ctx(context), 'r')

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._divmod(self, _ctx(context), 'r')

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, _ctx(context), 'qr')

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._divmod(self, _ctx(context), 'qr')

    def remainder_near(self, other, context=None):
        """self - n*other with n the integer nearest self/other (ties to even)."""
        context = _ctx(context)
        other = _convert(other, True)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._exp == 'F' or (other._exp != 'F' and other._int == 0):
            return context._invalid(DivisionUndefined if self.is_zero() else InvalidOperation)
        if other._exp == 'F':
            return self._fix(context)
        exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if self._int == 0 or expdiff <= -2:
            return self._rescale(exp, context.rounding)._fix(context)
        if expdiff > context.prec:
            return context._invalid(DivisionImpossible)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q % 2 == 1):
            r -= b
            q += 1
        if q >= 10 ** context.prec:
            return context._invalid(DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _new(sign, r, exp)._fix(context)

    def __neg__(self, context=None):
        context = _ctx(context)
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if not self._is_special and self._int == 0 and context.rounding != ROUND_FLOOR:
            return _new(0, 0, self._exp)._fix(context)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        context = _ctx(context)
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if not self._is_special and self._int == 0 and context.rounding != ROUND_FLOOR:
            return _new(0, 0, self._exp)._fix(context)
        return self._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        context = _ctx(context)
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        return self.copy_abs()._fix(context)

    def fma(self, other, third, context=None):
        """self*other+third with one rounding."""
        context = _ctx(context)
        other = _convert(other, True)
        third = _convert(third, True)
        if self._is_special or other._is_special:
            if self.is_snan() or other.is_snan():
                return self._check_nans(other, context)
            if self.is_nan() or other.is_nan():
                return self._check_nans(other, context)
            if (self._exp == 'F' and other.is_zero()) or (other._exp == 'F' and self.is_zero()):
                return context._invalid()
            product = _new(self._sign ^ other._sign, 0, 'F')
        else:
            product = _new(self._sign ^ other._sign, self._int * other._int,
                           self._exp + other._exp)
        if third.is_snan():
            return product._check_nans(third, context)
        return product._add(third, context)

    def scaleb(self, other, context=None):
        context = _ctx(context)
        other = _convert(other, True)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._is_special or other._exp != 0:
            return context._invalid()
        limit = 2 * (context.Emax + context.prec)
        n = int(other)
        if not -limit <= n <= limit:
            return context._invalid()
        if self._exp == 'F':
            return self
        return _new(self._sign, self._int, self._exp + n)._fix(context)

    def logb(self, context=None):
        context = _ctx(context)
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._exp == 'F':
            return _new(0, 0, 'F')
        if self._int == 0:
            context._raise(DivisionByZero)
            return _new(1, 0, 'F')
        return Decimal(self.adjusted())._fix(context)

    def normalize(self, context=None):
        """The simplest form of this value: rounded, then trailing zeros removed."""
        context = _ctx(context)
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        d = self._fix(context)
        if d._is_special:
            return d
        if d._int == 0:
            return _new(d._sign, 0, 0)
        exp_max = context.Emax if context.clamp == 0 else context.Etop()
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0 and exp < exp_max:
            coeff //= 10
            exp += 1
        return _new(d._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        """This value with the exponent of `exp`, rounded with `rounding` (default:
        the context's); InvalidOperation when the result cannot fit the precision."""
        context = _ctx(context)
        exp = _convert(exp, True)
        rounding = rounding or context._rounding
        if rounding not in _ROUNDINGS:
            raise TypeError('invalid rounding mode')
        if self._is_special or exp._is_special:
            nan = self._check_nans(exp, context)
            if nan is not None:
                return nan
            if self._exp == 'F' and exp._exp == 'F':
                return self
            return context._invalid()
        prec, emax = context._prec, context._Emax
        if not context._Emin - prec + 1 <= exp._exp <= emax:
            return context._invalid()
        if self._int == 0:
            return _new(self._sign, 0, exp._exp)._fix(context)
        adjusted = self.adjusted()
        if adjusted > emax or adjusted - exp._exp + 1 > prec:
            return context._invalid()
        # (a rounding that drops a non-zero digit always changes the value)
        ans, changed = self._rescaled(exp._exp, rounding)
        ans_digits = _ndigits(ans._int)
        if ans._exp + ans_digits - 1 > emax or ans_digits > prec:
            return context._invalid()
        conds = []
        if ans._int != 0 and ans._exp + ans_digits - 1 < context._Emin:
            conds.append(Subnormal)
        if ans._exp > self._exp:
            if changed:
                conds.append(Inexact)
            conds.append(Rounded)
        if conds:
            context._raise(*conds)
        return ans._fix(context)

    def to_integral_value(self, rounding=None, context=None):
        context = _ctx(context)
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._is_special or self._exp >= 0:
            return self
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = _ctx(context)
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._is_special or self._exp >= 0:
            return self
        if self._int == 0:
            return _new(self._sign, 0, 0)
        ans = self._rescale(0, rounding or context.rounding)
        if ans._compare_value(self) != 0:
            context._raise(Inexact, Rounded)
        else:
            context._raise(Rounded)
        return ans

    # -- formatting --

    def __format__(self, specifier, context=None, _localeconv=None):
        spec = _parse_spec(specifier)
        context = _ctx(context)
        if spec['type'] is None:
            spec['type'] = 'G' if context.capitals else 'g'
        if spec['type'] == 'n':
            spec['type'] = 'g'
        t = spec['type']
        sign = self._sign
        if self._is_special:
            body = str(self.copy_abs())
            if t == '%':
                body += '%'
            if spec['zeropad']:
                if spec['fill_implied']:
                    spec['fill'] = ' '
                if spec['align_implied']:
                    spec['align'] = '>'
            return _pad(_sign_str(sign, spec), body, spec)
        d = self
        if t == '%':
            d = _new(d._sign, d._int, d._exp + 2)
        rounding = context.rounding
        precision = spec['precision']
        if precision is not None:
            if t in 'eE':
                d = _round_sig(d, precision + 1, rounding, True)
            elif t in 'fF%':
                d = d._rescale(-precision, rounding)
            elif t in 'gG' and _ndigits(d._int) > max(precision, 1):
                d = _round_sig(d, max(precision, 1), rounding)
        if d._int == 0 and d._exp > 0 and t in 'fF%':
            d = d._rescale(0, rounding)
        if d._int == 0 and spec['no_neg_0'] and (t != 'F' or self._int == 0):
            # (CPython's 'F' keeps the sign of a value that only rounds to zero)
            sign = 0
        digits = str(d._int)
        leftdigits = d._exp + len(digits)
        if t in 'eE':
            if d._int == 0 and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif t in 'fF%':
            dotplace = leftdigits
        elif d._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * -dotplace + digits
        elif dotplace > len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace] or '0'
            fracpart = digits[dotplace:]
        exp = leftdigits - dotplace
        return _format_number(sign, intpart, fracpart, exp, spec)


_NAN = _new(0, 0, 'n')
numbers.Number.register(Decimal)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int) or isinstance(exp, bool):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coeff = 0
    for dgt in digits:
        if not isinstance(dgt, int) or not 0 <= dgt <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coeff = coeff * 10 + dgt
    if exp == 'F':
        coeff = 0
    return sign, coeff, exp


def _round_sig(d, digits, rounding, pad=False):
    """`d` rounded to `digits` significant digits (no flags); with `pad`, a
    shorter coefficient is extended with zeros to exactly `digits`."""
    n = _ndigits(d._int)
    if n == digits or (n < digits and not pad) or d._int == 0:
        return d
    r = d._rescale(d._exp + n - digits, rounding)
    if _ndigits(r._int) > digits:
        r = _new(r._sign, r._int // 10, r._exp + 1)
    return r


_decimal_context._install(Decimal, _NAN, _convert)
_decimal_more._install(Decimal, _new, _convert)
_decimal_power._install(Decimal, _new, _convert)


# CPython's Decimal and Context are C types named with their module in its errors
_set_c_name(Decimal, "decimal.Decimal")
_set_c_name(Context, "decimal.Context")
