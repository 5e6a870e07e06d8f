# Results fitted to a small context at the edges of what needs no rounding:
# coefficients of prec digits and one more, exponents at Emin, Etop, Emax
# and just past them, with clamp 0 and 1, through +, -, *, /, quantize and
# comparisons, printing each result and the flags it set.
from decimal import Decimal, Context, ROUND_HALF_UP, ROUND_FLOOR, ROUND_DOWN

SIGNALS = ["Clamped", "Inexact", "Rounded", "Subnormal", "Underflow", "Overflow",
           "InvalidOperation", "DivisionByZero"]


def flags(ctx):
    return "".join(name[0] + name[1] for name in SIGNALS
                   if ctx.flags[getattr(__import__("decimal"), name)])


def run(ctx, label, fn):
    ctx.clear_flags()
    try:
        r = fn()
    except Exception as e:
        r = type(e).__name__
    print(label, r, flags(ctx))


values = []
for coeff in (1, 99, 999, 1000, 12345, 99999, 100000, 123456):
    for exp in (-12, -9, -8, -7, -6, -1, 0, 1, 4, 5, 6, 7, 9):
        for sign in (0, 1):
            values.append(Decimal((sign, tuple(int(c) for c in str(coeff)), exp)))
small = [Decimal("0"), Decimal("-0E-9"), Decimal("1E-8"), Decimal("5E+5")]

for clamp, rounding in ((0, ROUND_HALF_UP), (1, ROUND_FLOOR), (0, ROUND_DOWN)):
    ctx = Context(prec=5, Emin=-6, Emax=6, clamp=clamp, rounding=rounding, traps=[])
    print("context", clamp, rounding)
    for v in values:
        run(ctx, "plus %s" % v, lambda: ctx.plus(v))
    for a in values[::23] + small:
        for b in values[::29] + small:
            run(ctx, "%s + %s" % (a, b), lambda: ctx.add(a, b))
            run(ctx, "%s - %s" % (a, b), lambda: ctx.subtract(a, b))
            run(ctx, "%s * %s" % (a, b), lambda: ctx.multiply(a, b))
            run(ctx, "%s / %s" % (a, b), lambda: ctx.divide(a, b))
            run(ctx, "%s q %s" % (a, b), lambda: ctx.quantize(a, b))
            run(ctx, "%s < %s" % (a, b), lambda: (a < b, a <= b, a > b, a >= b, a == b))
