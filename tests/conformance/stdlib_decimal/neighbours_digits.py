# next_plus/next_minus/next_toward, shift/rotate and the logical operations, with their signals
import decimal
from decimal import Decimal, Context, localcontext

values = ["1", "0", "-0", "1.5", "-2.25", "9.999999999999999999999999999", "1E-1000026",
          "-1E-1000026", "Infinity", "-Infinity", "NaN", "123456789012345678901234567890",
          "1E-999999", "-9.999999999999999999999999999E+999999"]
for v in values:
    d = Decimal(v)
    print(v, d.next_plus(), d.next_minus(), d.next_toward(0), d.next_toward(Decimal("Infinity")))
print(Decimal("1").next_toward(Decimal("1")), Decimal("-0").next_toward(0), Decimal("0").next_toward(Decimal("-0")))
for v, other in [("9.999999999999999999999999999E+999999", "Infinity"), ("1E-999999", "0"),
                 ("1E-1000026", "0"), ("-1E-999999", "-1"), ("sNaN", "1"), ("1", "sNaN")]:
    with localcontext() as ctx:
        ctx.traps[decimal.Overflow] = False
        ctx.traps[decimal.InvalidOperation] = False
        r = Decimal(v).next_toward(Decimal(other))
        print(v, other, r, sorted(s.__name__ for s, on in ctx.flags.items() if on))
try:
    Decimal("9.999999999999999999999999999E+999999").next_toward(Decimal("Infinity"))
except decimal.Overflow as exc:
    print("Overflow", exc)
small = Context(prec=3, Emax=9, Emin=-9)
print(small.next_plus(Decimal("999E+7")), small.next_minus(Decimal("1")), small.next_plus(5),
      small.next_minus(Decimal("1.23456")), small.next_plus(Decimal("1.23456")), small.next_toward(1, 2))

for v in ("123456789", "1", "0", "-987", "1.2345E+8", "Infinity", "NaN"):
    d = Decimal(v)
    print(v, [str(d.shift(n)) for n in (-3, -1, 0, 1, 5, 28)], [str(d.rotate(n)) for n in (-2, 0, 3, 27)])
print(Context(prec=5).shift(Decimal("12345"), 2), Context(prec=5).rotate(Decimal("12345"), -2),
      Context(prec=5).rotate(Decimal("1234567"), 1), Decimal("123").shift(-5))
for bad in ("1.5", "29", "-29", "Infinity", "2E+1"):
    try:
        Decimal("123").shift(Decimal(bad))
    except decimal.InvalidOperation as exc:
        print("shift", bad, "InvalidOperation", exc)
    try:
        Decimal("123").rotate(Decimal(bad))
    except decimal.InvalidOperation as exc:
        print("rotate", bad, "InvalidOperation", exc)

a, b = Decimal("1100"), Decimal("1010")
print(a.logical_and(b), a.logical_or(b), a.logical_xor(b), a.logical_invert(), Decimal(0).logical_invert())
print(Decimal("11").logical_and(110), Context(prec=6).logical_invert(Decimal("101")), Context(prec=4).logical_or(1, 10))
print(Decimal("1" * 29).logical_and(1), Decimal("1" * 30).logical_xor(Decimal("1" * 29)),
      Context(prec=3).logical_and(Decimal("11111"), Decimal("10101")), Context(prec=3).logical_invert(10101))
for bad in ("2", "-1", "1.0", "1E+1", "NaN", "Infinity", "1" * 28 + "2"):
    try:
        Decimal(bad).logical_and(Decimal("1"))
    except decimal.InvalidOperation as exc:
        print("logical", bad[:6], "InvalidOperation", exc)
try:
    Decimal("1").logical_xor("1")
except TypeError as exc:
    print("TypeError", exc)
pairs = [("-3", "2"), ("2", "-3"), ("-2", "2"), ("NaN", "-Infinity"), ("-sNaN", "1"), ("1.0", "-1")]
print([str(Decimal(a).compare_total_mag(Decimal(b))) for a, b in pairs], Context().compare_total_mag(-5, 4))
