"""The context half of closured's decimal module: rounding modes, limits,
the signals, Context, and the current context (getcontext, setcontext,
localcontext). decimal.py re-exports all of it; the classes say they belong
to `decimal`, as CPython's do. Context's arithmetic methods convert their
operands with the converter decimal.py installs in _as_decimal."""

from collections import namedtuple

# Set by decimal.py once the Decimal type exists (_install): the type, its
# quiet NaN, and _as_decimal(x, True), x as a Decimal (ints converted) or TypeError.
Decimal = None
_NAN = None
_as_decimal = None


def _install(decimal_type, nan, converter):
    global Decimal, _NAN, _as_decimal
    Decimal = decimal_type
    _NAN = nan
    _as_decimal = converter

# The rounding modes, each its own name, in the order libmpdec numbers them.
ROUND_UP = 'ROUND_UP'
ROUND_DOWN = 'ROUND_DOWN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---- signals ----------------------------------------------------------------

class DecimalException(ArithmeticError):
    """Base of the signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the context's bounds."""


class InvalidOperation(DecimalException):
    """An operation with no sensible result (its result is NaN when not trapped)."""


class ConversionSyntax(InvalidOperation):
    """A string that is not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient longer than the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""


class Inexact(DecimalException):
    """Non-zero digits were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """A context that is not valid."""


class Rounded(DecimalException):
    """Digits (zero or not) were discarded by rounding."""


class Subnormal(DecimalException):
    """A result's exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """A result's exponent is above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded (to zero, or inexactly)."""


class FloatOperation(DecimalException, TypeError):
    """A float mixed with Decimals in a constructor or an ordering comparison."""


# The signals in the order of a context's flags and traps mappings, and in
# the order a context's repr lists them.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped]
# A context's repr lists a signal at the place of the condition that set it
# (InvalidOperation's conditions are spread over the list; when none is
# known, it sits at ConversionSyntax's place).
_REPR_ORDER = [Clamped, ConversionSyntax, DivisionByZero, DivisionImpossible,
               DivisionUndefined, Inexact, InvalidContext, InvalidOperation, FloatOperation,
               Overflow, Rounded, Subnormal, Underflow]


# each signal is its own; any other condition is one of InvalidOperation's
_SIGNAL_OF = {s: s for s in _SIGNALS}


def _signal_of(condition):
    """The signal a condition sets: its nearest base that is a signal."""
    return _SIGNAL_OF.get(condition, InvalidOperation)


class SignalDict(dict):
    """A context's flags or traps: one bool per signal."""

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, v) for k, v in self.items()) + '}'


def _signal_dict(given):
    d = SignalDict()
    for s in _SIGNALS:
        d[s] = False
    if given is None:
        return d
    if isinstance(given, dict):
        for k, v in given.items():
            if k not in d:
                raise KeyError('invalid signal dict')
            d[k] = bool(v)
    else:
        for k in given:
            if k not in d:
                raise KeyError("%r" % (k,))
            d[k] = True
    return d


# ---- context ----------------------------------------------------------------

class Context:
    """Precision, rounding, exponent bounds and the flags and traps of the
    signals: every arithmetic operation reads and updates one."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if DefaultContext is not None else None
        self._prec = 28
        self._ten_prec = 10 ** 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            self.traps = SignalDict(base.traps) if base else _signal_dict(
                [InvalidOperation, DivisionByZero, Overflow])
        else:
            self.traps = _signal_dict(traps)
        self.flags = _signal_dict(flags)
        self._io_conds = set()

    # -- validated attributes --

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        _check_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value
        self._ten_prec = 10 ** value  # the coefficients below it fit (Decimal._fix)

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._rounding = value

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        _check_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        _check_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    def _listed(self, signals, conds):
        names = []
        for cond in _REPR_ORDER:
            sig = _signal_of(cond)
            if not signals[sig] or sig.__name__ in names:
                continue
            if sig is InvalidOperation and conds and cond not in conds:
                continue
            if sig is InvalidOperation and not conds and cond is not ConversionSyntax:
                continue
            names.append(sig.__name__)
        return names

    def __repr__(self):
        flags = self._listed(self.flags, self._io_conds)
        traps = self._listed(self.traps, ())
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                    self.clamp, dict(self.flags), dict(self.traps))
        c._io_conds = set(self._io_conds)
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False
        self._io_conds = set()

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return _as_decimal(10, True)

    def _raise(self, condition, *also):
        """Sets the flags of `condition` (and `also`); raises the first trapped
        one with the list of every trapped condition."""
        trapped = []
        flags, traps = self.flags, self.traps
        for cond in (condition,) + also:
            sig = _SIGNAL_OF.get(cond, InvalidOperation)
            flags[sig] = True
            if sig is InvalidOperation:
                self._io_conds.add(cond)
            if traps[sig]:
                trapped.append(cond)
        if trapped:
            raise _signal_of(trapped[0])(trapped)

    def _invalid(self, condition=None):
        """Signals InvalidOperation (or one of its conditions); the result is NaN."""
        self._raise(condition or InvalidOperation)
        return _NAN

    def create_decimal(self, num='0'):
        """`num` as a Decimal rounded to this context (NaN payloads trimmed)."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._invalid(ConversionSyntax)
        d = Decimal(num, context=self)
        if d._exp == 'n' or d._exp == 'N':
            if len(str(d._int)) > self.prec - self.clamp:
                return self._invalid(ConversionSyntax)
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _as_decimal(a, True).__abs__(context=self)

    def add(self, a, b):
        return _as_decimal(a, True)._add(_as_decimal(b, True), self)

    def subtract(self, a, b):
        return _as_decimal(a, True)._add(_as_decimal(b, True).copy_negate(), self, True)

    def multiply(self, a, b):
        return _as_decimal(a, True)._mul(_as_decimal(b, True), self)

    def divide(self, a, b):
        return _as_decimal(a, True)._truediv(_as_decimal(b, True), self)

    def divide_int(self, a, b):
        return _as_decimal(a, True)._divmod(_as_decimal(b, True), self, 'q')

    def remainder(self, a, b):
        return _as_decimal(a, True)._divmod(_as_decimal(b, True), self, 'r')

    def divmod(self, a, b):
        return _as_decimal(a, True)._divmod(_as_decimal(b, True), self, 'qr')

    def remainder_near(self, a, b):
        return _as_decimal(a, True).remainder_near(b, context=self)

    def power(self, a, b, modulo=None):
        return _as_decimal(a, True).__pow__(_as_decimal(b, True), modulo, context=self)

    def plus(self, a):
        return _as_decimal(a, True).__pos__(context=self)

    def minus(self, a):
        return _as_decimal(a, True).__neg__(context=self)

    def compare(self, a, b):
        return _as_decimal(a, True).compare(b, context=self)

    def compare_signal(self, a, b):
        return _as_decimal(a, True).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _as_decimal(a, True).compare_total(b)

    def max(self, a, b):
        return _as_decimal(a, True).max(b, context=self)

    def min(self, a, b):
        return _as_decimal(a, True).min(b, context=self)

    def max_mag(self, a, b):
        return _as_decimal(a, True).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _as_decimal(a, True).min_mag(b, context=self)

    def fma(self, a, b, c):
        return _as_decimal(a, True).fma(b, c, context=self)

    def sqrt(self, a):
        return _as_decimal(a, True).sqrt(context=self)

    def exp(self, a):
        return _as_decimal(a, True).exp(context=self)

    def ln(self, a):
        return _as_decimal(a, True).ln(context=self)

    def log10(self, a):
        return _as_decimal(a, True).log10(context=self)

    def logb(self, a):
        return _as_decimal(a, True).logb(context=self)

    def quantize(self, a, b):
        return _as_decimal(a, True).quantize(b, context=self)

    def normalize(self, a):
        return _as_decimal(a, True).normalize(context=self)

    def scaleb(self, a, b):
        return _as_decimal(a, True).scaleb(b, context=self)

    def next_plus(self, a):
        return _as_decimal(a, True).next_plus(context=self)

    def next_minus(self, a):
        return _as_decimal(a, True).next_minus(context=self)

    def next_toward(self, a, b):
        return _as_decimal(a, True).next_toward(b, context=self)

    def shift(self, a, b):
        return _as_decimal(a, True).shift(b, context=self)

    def rotate(self, a, b):
        return _as_decimal(a, True).rotate(b, context=self)

    def logical_and(self, a, b):
        return _as_decimal(a, True).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _as_decimal(a, True).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _as_decimal(a, True).logical_xor(b, context=self)

    def logical_invert(self, a):
        return _as_decimal(a, True).logical_invert(context=self)

    def compare_total_mag(self, a, b):
        return _as_decimal(a, True).compare_total_mag(b)

    def to_integral_exact(self, a):
        return _as_decimal(a, True).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return _as_decimal(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _as_decimal(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _as_decimal(a, True).to_eng_string(context=self)

    def number_class(self, a):
        return _as_decimal(a, True).number_class(context=self)

    def same_quantum(self, a, b):
        return _as_decimal(a, True).same_quantum(b)

    def copy_abs(self, a):
        return _as_decimal(a, True).copy_abs()

    def copy_negate(self, a):
        return _as_decimal(a, True).copy_negate()

    def copy_sign(self, a, b):
        return _as_decimal(a, True).copy_sign(b)

    def copy_decimal(self, a):
        return _as_decimal(a, True)

    def canonical(self, a):
        return _as_decimal(a, True)

    def is_canonical(self, a):
        return True

    def is_finite(self, a):
        return _as_decimal(a, True).is_finite()

    def is_infinite(self, a):
        return _as_decimal(a, True).is_infinite()

    def is_nan(self, a):
        return _as_decimal(a, True).is_nan()

    def is_qnan(self, a):
        return _as_decimal(a, True).is_qnan()

    def is_snan(self, a):
        return _as_decimal(a, True).is_snan()

    def is_signed(self, a):
        return _as_decimal(a, True).is_signed()

    def is_zero(self, a):
        return _as_decimal(a, True).is_zero()

    def is_normal(self, a):
        return _as_decimal(a, True).is_normal(context=self)

    def is_subnormal(self, a):
        return _as_decimal(a, True).is_subnormal(context=self)


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')


DefaultContext = None
DefaultContext = Context(28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [],
                         [InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(9, ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                Clamped, Underflow])
ExtendedContext = Context(9, ROUND_HALF_EVEN, traps=[])

_current = [None]


def getcontext():
    """The current context (a copy of DefaultContext until one is set)."""
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    """Makes `context` current (the three templates are copied first)."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


_CONTEXT_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager:
    """with localcontext(): a copy of a context is current inside the block."""

    def __init__(self, ctx, changes):
        self.new_context = ctx.copy()
        for key, value in changes.items():
            if key == 'flags' or key == 'traps':
                setattr(self.new_context, key, _signal_dict(value))
            else:
                setattr(self.new_context, key, value)

    def __enter__(self):
        self.saved_context = getcontext()  # put back by __exit__
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of `ctx` (default: the current context),
    changed by the keyword arguments, current within its block."""
    for key in kwargs:
        if key not in _CONTEXT_KEYS:
            raise TypeError('%r is an invalid keyword argument for this function' % (key,))
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    return _ContextManager(ctx, kwargs)


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
             Overflow, Underflow, FloatOperation, Context):
    _cls.__module__ = 'decimal'
