"""The Decimal operations on the neighbours and the digits of a number, for
closured's decimal module: next_plus, next_minus, next_toward (the closest
representable values), shift and rotate (of the coefficient's digits) and
the logical operations (digit-wise on coefficients of 0s and 1s), and
compare_total_mag, as the
General Decimal Arithmetic specification defines them. decimal.py attaches
them to Decimal (_install) once the type exists."""

from _decimal_context import (ROUND_CEILING, ROUND_FLOOR, Clamped, Inexact, InvalidOperation,
                              Overflow, Rounded, Subnormal, Underflow, _ctx)

# decimal.py's helpers, set by _install
_new = None
_convert = None


def _quiet(context, rounding):
    """A copy of context rounding toward `rounding` that traps and keeps nothing."""
    c = context.copy()
    c.rounding = rounding
    c.clear_traps()
    return c


def _step(self, context, up):
    """The closest representable value above (up) or below self: no flags
    but InvalidOperation for a signalling NaN."""
    context = _ctx(context)
    nan = self._check_nans(None, context)
    if nan is not None:
        return nan
    sign_toward = 0 if up else 1
    if self._exp == 'F':
        if self._sign == sign_toward:
            return _new(self._sign, 0, 'F')
        # from the far infinity: the largest finite value of that sign
        return _new(self._sign, 10 ** context.prec - 1, context.Etop())
    work = _quiet(context, ROUND_CEILING if up else ROUND_FLOOR)
    rounded = self._fix(work)
    if rounded._compare_value(self) != 0:
        return rounded
    # already representable: move by less than the smallest step, then round
    tiny = _new(sign_toward, 1, context.Etiny() - 1)
    return self._add(tiny, work)


def next_plus(self, context=None):
    """The smallest representable number larger than self."""
    return _step(self, context, True)


def next_minus(self, context=None):
    """The largest representable number smaller than self."""
    return _step(self, context, False)


def next_toward(self, other, context=None):
    """The representable number closest to self in the direction of other
    (other's sign on self when they are equal)."""
    context = _ctx(context)
    other = _convert(other, True)
    nan = self._check_nans(other, context)
    if nan is not None:
        return nan
    order = self._compare_value(other)
    if order == 0:
        return self.copy_sign(other)
    result = _step(self, context, order < 0)
    if result._exp == 'F':
        context._raise(Overflow, Inexact, Rounded)
    elif result.adjusted() < context.Emin:
        conds = [Underflow, Subnormal, Inexact, Rounded]
        if result._int == 0:
            conds.append(Clamped)
        context._raise(*conds)
    return result


def _shift_count(self, other, context):
    """other as a count of digits for shift/rotate (an integer within
    +-prec), or None after signalling InvalidOperation; or a NaN result."""
    nan = self._check_nans(other, context)
    if nan is not None:
        return None, nan
    if other._is_special or other._exp != 0 or abs(other._int) > context.prec:
        return None, context._invalid()
    n = -other._int if other._sign else other._int
    return n, None


def shift(self, other, context=None):
    """The coefficient's digits moved left (n > 0) or right, as many as
    precision keeps; the exponent stays."""
    context = _ctx(context)
    other = _convert(other, True)
    n, early = _shift_count(self, other, context)
    if early is not None:
        return early
    if self._exp == 'F':
        return _new(self._sign, 0, 'F')
    limit = 10 ** context.prec
    coeff = self._int % limit
    coeff = (coeff * 10 ** n) % limit if n >= 0 else coeff // 10 ** -n
    return _new(self._sign, coeff, self._exp)._fix(context)


def rotate(self, other, context=None):
    """The coefficient, as precision digits, rotated left (n > 0) or right."""
    context = _ctx(context)
    other = _convert(other, True)
    n, early = _shift_count(self, other, context)
    if early is not None:
        return early
    if self._exp == 'F':
        return _new(self._sign, 0, 'F')
    prec = context.prec
    digits = str(self._int % 10 ** prec).rjust(prec, '0')
    k = n % prec if prec else 0
    rotated = digits[k:] + digits[:k]
    return _new(self._sign, int(rotated), self._exp)._fix(context)


def _logical_digits(d, context):
    """The last precision digits of a logical operand (a non-negative
    integer of 0s and 1s with exponent 0), zero-padded; or None."""
    if d._is_special or d._sign or d._exp != 0:
        return None
    s = str(d._int)
    if s.strip('01'):
        return None
    return s[-context.prec:].rjust(context.prec, '0')


def _logical(self, other, context, op):
    context = _ctx(context)
    a = _logical_digits(self, context)
    b = _logical_digits(_convert(other, True), context) if other is not None else a
    if a is None or b is None:
        return context._invalid()
    out = ''.join(op(x, y) for x, y in zip(a, b))
    return _new(0, int(out), 0)


def logical_and(self, other, context=None):
    return _logical(self, other, context, lambda x, y: '1' if x == y == '1' else '0')


def logical_or(self, other, context=None):
    return _logical(self, other, context, lambda x, y: '1' if '1' in (x, y) else '0')


def logical_xor(self, other, context=None):
    return _logical(self, other, context, lambda x, y: '1' if x != y else '0')


def logical_invert(self, context=None):
    return _logical(self, None, context, lambda x, y: '0' if x == '1' else '1')


def compare_total_mag(self, other, context=None):
    """compare_total of the two absolute values."""
    return self.copy_abs().compare_total(_convert(other, True).copy_abs())


def _install(decimal_type, new, convert):
    global _new, _convert
    _new = new
    _convert = convert
    for f in (next_plus, next_minus, next_toward, shift, rotate, logical_and, logical_or,
              logical_xor, logical_invert, compare_total_mag):
        setattr(decimal_type, f.__name__, f)
