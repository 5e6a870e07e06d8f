# decimal: the context: precision, rounding, traps and flags, localcontext, the templates, Context methods and their errors.
from decimal import *
import decimal
D = Decimal


def show(src):
    """Evaluates one expression and prints its repr, or the exception it raises."""
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '!!', type(e).__name__, e)


c = getcontext()
print(repr(c))
c.prec = 6
print(D(1) / D(7), D('123456789') + 0)
c.rounding = ROUND_DOWN
print(D(2) / D(3))
c.prec = 28
c.rounding = ROUND_HALF_EVEN
c.clear_flags()
print(D(1) / D(3), repr(c))
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
c.traps[Inexact] = True
try:
    D(1) / D(3)
except Inexact as e:
    print('Inexact', e.args)
c.traps[Inexact] = False
c.traps[DivisionByZero] = False
print(D(1) / 0, D(-1) / 0)
c.traps[DivisionByZero] = True
c.traps[InvalidOperation] = False
print(D('abc'), D('inf') - D('inf'), D(0) / 0, D(-1).sqrt())
c.traps[InvalidOperation] = True
c.clear_flags()
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / 3, ctx.prec, getcontext() is ctx)
print(getcontext().prec, getcontext() is c)
with localcontext(prec=50, rounding=ROUND_UP) as ctx:
    print(D(2).sqrt(), D(1) / 7)
with localcontext(ExtendedContext) as ctx:
    print(D(1) / 0, D(0) / 0, repr(ctx))
print(repr(BasicContext), repr(ExtendedContext), repr(DefaultContext))
show("localcontext(foo=1)")
show("localcontext(5)")
show("setattr(getcontext(), 'prec', 0)")
show("setattr(getcontext(), 'prec', '5')")
show("setattr(getcontext(), 'rounding', 'x')")
show("setattr(getcontext(), 'Emax', -1)")
show("setattr(getcontext(), 'Emin', 1)")
show("setattr(getcontext(), 'capitals', 2)")
show("setattr(getcontext(), 'clamp', 2)")
show("Context(prec=5, rounding=ROUND_UP, traps=[Overflow], flags=[Inexact])")
show("Context(Emin=-10, Emax=10).create_decimal('1e20')")
show("Context(prec=3).create_decimal('1.2345')")
show("Context(prec=3).create_decimal(' 1.2345')")
show("Context(prec=3).create_decimal_from_float(0.1)")
show("getcontext().Etiny()")
show("getcontext().Etop()")
show("Context(prec=4).add(D('1.2345'), 1)")
show("Context(prec=4).divide(1, 3)")
show("Context(prec=4).multiply(D('1.5'), 2)")
show("Context(prec=4).sqrt(2)")
show("Context(prec=4).power(2, D('0.5'))")
show("Context(prec=4).quantize(D('1.23456'), D('0.01'))")
show("Context(prec=4).to_sci_string(D('1e-9'))")
show("Context(prec=4).compare(1, 2)")
show("Context(prec=4).abs(-3)")
show("Context(prec=4).add(1.5, 1)")
show("Context(prec=4).divide_int(7, 2)")
show("Context(prec=4).remainder(7, 2)")
show("Context(prec=4).exp(1)")
show("Context(prec=4).ln(10)")
show("Context(prec=4).log10(5)")
show("Context(prec=4).max(1, 2)")
show("Context(prec=4, Emin=-5, Emax=5).create_decimal('1e-8')")
show("Context(prec=4, Emin=-5, Emax=5).create_decimal('1.234e-7')")
show("Context(prec=4, Emin=-5, Emax=5, clamp=1).create_decimal('1e5')")
show("Context(prec=4, Emin=-5, Emax=5, rounding=ROUND_DOWN, traps=[]).create_decimal('1e10')")
show("Context(prec=4, Emin=-5, Emax=5, rounding=ROUND_FLOOR, traps=[]).create_decimal('-1e10')")
show("Context(prec=4, Emin=-5, Emax=5, rounding=ROUND_CEILING, traps=[]).create_decimal('-1e10')")
show("Context(prec=4, Emin=-5, Emax=5, traps=[Underflow]).create_decimal('1e-10')")
show("Context(prec=4, Emin=-5, Emax=5, traps=[Subnormal]).create_decimal('1e-6')")
show("Context(prec=4, Emin=-5, Emax=5, traps=[Clamped]).create_decimal('1e-10')")
show("getcontext().flags[Inexact]")
show("decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY")
show("issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError), issubclass(InvalidOperation, ArithmeticError)")
show("[c.__name__ for c in Underflow.__mro__]")
show("D.from_float(0.25)")
show("D.from_float(5)")
show("D('1.5').__round__()")
show("D(2) < 1.5")
c.traps[FloatOperation] = True
show("D(2) < 1.5")
show("D(2) == 2.0")
show("D(2.5)")
c.traps[FloatOperation] = False
show("sum([D('0.1')] * 10)")
show("D('0.1') * 3 == D('0.3')")
show("[D(x) for x in ('1', '2.50')]")
show("decimal.DecimalTuple(0, (1,), 0)")
show("D('1.23').as_tuple().digits")
print(repr(getcontext()))
