"""The powers, roots, exponentials and logarithms of closured's decimal:
Decimal.sqrt, exp, ln, log10, ** (and pow with a modulo) and the reflected
**. Each is correctly rounded (ROUND_HALF_EVEN; a non-integral power with
the context's rounding): the value is computed on scaled integers
(_decimal_fixed.py) with guard digits, and the working precision grows
until both ends of its error interval round alike (_ziv). decimal.py
attaches these methods to Decimal (_install) once the type exists."""

import math

from _decimal_context import (ROUND_HALF_EVEN, Inexact, InvalidOperation, Rounded, _SIGNALS,
                              _ctx)
from _decimal_fixed import _exp_fixed, _ln10, _ln_fixed, _ndigits

# decimal.py's type and helpers, set by _install
Decimal = None
_new = None
_convert = None


def _install(decimal_type, new, convert):
    global Decimal, _new, _convert
    Decimal = decimal_type
    _new = new
    _convert = convert
    for method in (sqrt, exp, ln, log10, __pow__, _powmod, __rpow__):
        method.__qualname__ = 'Decimal.' + method.__name__
        setattr(decimal_type, method.__name__, method)


# ---- the methods -------------------------------------------------------------

def sqrt(self, context=None):
    """The square root, correctly rounded (ROUND_HALF_EVEN); exact results
    keep the ideal exponent floor(exp / 2)."""
    context = _ctx(context)
    nan = self._check_nans(None, context)
    if nan is not None:
        return nan
    if self._exp == 'F':
        if self._sign:
            return context._invalid()
        return self
    if self._int == 0:
        return _new(self._sign, 0, self._exp // 2)
    if self._sign:
        return context._invalid()
    prec = context.prec
    c, e = self._int, self._exp
    ideal = e // 2
    if e % 2:
        c *= 10
        e -= 1
    # Scale so that the root has prec + 1 digits or more.
    shift = prec + 1 - (_ndigits(c) + 1) // 2
    if shift >= 0:
        n = c * 100 ** shift
        exact_ok = True
    else:
        n, rem = divmod(c, 100 ** -shift)
        exact_ok = rem == 0
    q = math.isqrt(n)
    exp = e // 2 - shift
    if exact_ok and q * q == n:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    elif q % 5 == 0:
        q += 1
    return _rounded(_new(0, q, exp), context)

def exp(self, context=None):
    """e ** self, correctly rounded (ROUND_HALF_EVEN)."""
    context = _ctx(context)
    nan = self._check_nans(None, context)
    if nan is not None:
        return nan
    if self._exp == 'F':
        return _new(0, 0, 0) if self._sign else self
    if self._int == 0:
        return Decimal(1)
    prec = context.prec
    adj = self.adjusted()
    # exp(x) overflows or underflows for sure past these bounds.
    if self._sign == 0 and adj > len(str(context.Emax)) + 1:
        return _rounded(_new(0, 1, context.Emax + 1), context)
    if self._sign == 1 and adj > len(str(-context.Etiny())) + 1:
        return _rounded(_new(0, 1, context.Etiny() - 2), context)
    extra = max(adj + 1, 0)

    def approx(w):
        x = _to_fixed(self, w)
        ln10 = _ln10(w)
        n = (2 * x + ln10) // (2 * ln10)
        r = x - n * ln10
        y = _exp_fixed(r, w)
        return y, n - w, 4 * abs(n) + 20

    return _ziv(approx, prec + extra + 10, context)

def _log_special(self, context):
    """What ln and log10 answer without computing: a NaN operand's NaN, -Infinity
    for zero, the invalid operation for a negative, Infinity for Infinity; else None."""
    nan = self._check_nans(None, context)
    if nan is not None:
        return nan
    if self._int == 0 and not self._is_special:
        return _new(1, 0, 'F')
    if self._sign:
        return context._invalid()
    if self._exp == 'F':
        return self
    return None

def ln(self, context=None):
    """The natural logarithm, correctly rounded (ROUND_HALF_EVEN)."""
    context = _ctx(context)
    special = _log_special(self, context)
    if special is not None:
        return special
    if self._compare_value(_new(0, 1, 0)) == 0:
        return Decimal(0)

    def approx(w):
        y, g = _ln_fixed(self._int, self._exp, w)
        return y, -w, g

    return _ziv(approx, context.prec + 10, context)

def log10(self, context=None):
    """The base-10 logarithm, correctly rounded (ROUND_HALF_EVEN); exact
    for powers of ten."""
    context = _ctx(context)
    special = _log_special(self, context)
    if special is not None:
        return special
    digits = str(self._int)
    if digits.rstrip('0') == '1':
        return Decimal(self.adjusted())._fix(context)

    def approx(w):
        y, g = _ln_fixed(self._int, self._exp, w + 2)
        return y * 10 ** w // _ln10(w + 2), -w, g + 20

    return _ziv(approx, context.prec + 10, context)

def __pow__(self, other, modulo=None, context=None):
    if modulo is not None:
        return self._powmod(other, modulo, context)
    other = _convert(other)
    if other is NotImplemented:
        return other
    context = _ctx(context)
    nan = self._check_nans(other, context)
    if nan is not None:
        return nan
    integral = not other._is_special and (other._exp >= 0 or
                                           other._int % 10 ** -other._exp == 0)
    if other._int == 0 and not other._is_special:
        if self.is_zero():
            return context._invalid()
        return Decimal(1)._fix(context)
    odd = integral and other._exp <= 0 and int(other) % 2 == 1
    sign = self._sign if odd else 0
    if self._sign and not self.is_zero() and not integral:
        return context._invalid()
    if self._sign and self.is_zero() and not integral:
        sign = 0
    if self._exp == 'F' or self.is_zero():
        big = (self._exp == 'F') == (other._sign == 0)
        return _new(sign, 0, 'F') if big else _new(sign, 0, 0)
    if other._exp == 'F':
        cmp1 = self.copy_abs()._compare_value(_new(0, 1, 0))
        if cmp1 == 0:
            return _rounded(_new(sign, 10 ** (context.prec - 1), 1 - context.prec),
                               context)
        if (cmp1 > 0) == (other._sign == 0):
            return _new(sign, 0, 'F')
        return _new(sign, 0, 0)
    if integral and other.adjusted() <= 20:
        n = int(other)
        bits = abs(n) * (_ndigits(self._int) + 1)
        if bits <= 50000 and abs(n * self.adjusted()) <= 4 * context.Emax:
            if n >= 0:
                return _new(sign, self._int ** n, self._exp * n)._fix(context)
            den = _new(0, self._int ** -n, self._exp * -n)
            return _new(sign, 1, 0)._truediv(den, context)
    base = self.copy_abs()
    if base._int == 1 and base._exp == 0 and integral:
        return _new(sign, 1, 0)
    cmp1 = base._compare_value(_new(0, 1, 0))
    digits = str(base._int)
    near_one = ((base.adjusted() == 0 and digits[0] == '1' and digits[1:11].strip('0') == '')
                or (base.adjusted() == -1 and digits[:10] == '9' * 10))
    if other.adjusted() > 20 and not near_one:
        # |y ln x| is past any exponent: the result overflows or underflows.
        k = 1 if (cmp1 > 0) == (other._sign == 0) else -1
        d = _new(0, 1, context.Emax + 1) if k > 0 else _new(0, 1, context.Etiny() - 2)
        ans = _rounded(d, context, context.rounding)
        return ans.copy_negate() if sign else ans
    lnb = abs(base.adjusted()) + 1
    big = max(other.adjusted() + 1, 0) + len(str(lnb))

    def approx(w):
        lx, g = _ln_fixed(base._int, base._exp, w + big + 2)
        yv = _to_fixed(other, w + big + 2)
        t = lx * yv // 10 ** (w + big + 2)
        t = t // 10 ** (big + 2) if t >= 0 else -((-t) // 10 ** (big + 2))
        if abs(t) * 10 ** (context.prec + 1) < 10 ** w:
            # |y ln x| below 10**-(prec+1): CPython gives 1 to the full precision.
            return 10 ** w, -w, 0
        ln10 = _ln10(w)
        k = (2 * t + ln10) // (2 * ln10)
        r = t - k * ln10
        if abs(k) > 4 * (context.Emax + context.prec):
            return None, k, 0
        return _exp_fixed(r, w), k - w, 4 * abs(k) + 40

    # CPython rounds the magnitude with the context's rounding, whatever the sign.
    ans = _ziv(approx, context.prec + 10, context, context.rounding, 4)
    return ans.copy_negate() if sign else ans

def _powmod(self, other, modulo, context):
    context = _ctx(context)
    other = _convert(other, True)
    modulo = _convert(modulo, True)
    for v in (self, other, modulo):
        if v._is_special or v._exp < 0:
            return context._invalid()
    if other._sign or modulo.is_zero():
        return context._invalid()
    m = int(modulo)
    r = pow(int(self), int(other), abs(m))
    sign = self._sign if int(other) % 2 else 0
    return _new(sign, abs(r), 0)._fix(context)

def __rpow__(self, other, modulo=None, context=None):
    other = _convert(other)
    if other is NotImplemented:
        return other
    return other.__pow__(self, modulo, context)


# ---- rounding a computed value ----------------------------------------------

def _merge_flags(context, work):
    """Sets on `context` the flags a scratch context raised, then raises the
    first of them `context` traps, with the list of all it traps."""
    raised = [s for s in _SIGNALS if work.flags[s]]
    if InvalidOperation in raised:
        context._io_conds.update(work._io_conds)
    for s in raised:
        context.flags[s] = True
    trapped = [s for s in raised if context.traps[s]]
    if trapped:
        raise trapped[0](trapped)


def _rounded(d, context, rounding=ROUND_HALF_EVEN):
    """`d` fitted to the context with `rounding`, the flags merged back."""
    work = context.copy()
    work.rounding = rounding
    work.clear_flags()
    work.clear_traps()
    ans = d._fix(work)
    _merge_flags(context, work)
    return ans


def _to_fixed(d, w):
    """The finite Decimal `d` as an int scaled by 10**w (truncated toward zero)."""
    e = d._exp + w
    if e >= 0:
        v = d._int * 10 ** e
    elif -e > _ndigits(d._int):
        v = 0
    else:
        v = d._int // 10 ** -e
    return -v if d._sign else v


def _ziv(approx, w, context, rounding=ROUND_HALF_EVEN, tries=12):
    """Rounds a value known only approximately: approx(w) gives (y, exp, err)
    with the value within err units of y * 10**exp (or (None, k, 0): the value
    is far above (k > 0) or below the context's range). The working precision
    grows until both ends of that interval round to the same result (at most
    `tries` times), which is then fitted to the context with `rounding`."""
    for _ in range(tries):
        y, exp, err = approx(w)
        if y is None:
            d = _new(0, 1, context.Emax + 1) if exp > 0 else _new(0, 1, context.Etiny() - 2)
            return _rounded(d, context, rounding)
        sign = 1 if y < 0 else 0
        ay = abs(y)
        lo = _new(sign, max(ay - err, 0) * 10 + 1, exp - 1)
        hi = _new(sign, (ay + err) * 10 + 1, exp - 1)
        work = context.copy()
        work.rounding = rounding
        work.clear_flags()
        work.clear_traps()
        a = lo._fix(work)
        b = hi._fix(work)
        if err == 0:
            work = context.copy()
            work.clear_flags()
            work.clear_traps()
            ans = _new(sign, ay, exp)._fix(work)
            ans = _new(ans._sign, ans._int * 10 ** (context.prec - _ndigits(ans._int)),
                       ans._exp - (context.prec - _ndigits(ans._int)))
            context._raise(Inexact, Rounded)
            return ans
        if ay > err and a._exp == b._exp and a._int == b._int and a._is_special == b._is_special:
            break
        w = 2 * w
    return _rounded(_new(sign, ay * 10 + 1, exp - 1), context, rounding)
