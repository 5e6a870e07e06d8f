from fractions import Fraction
import math
a, b = Fraction(3, 4), Fraction("2/6")
print(a, b, repr(a + b), a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, a ** -2, 2 ** Fraction(3))
print(a + 1, 1 + a, a * 2, a + 0.5, 0.5 + a, a < 1, a > b, a == 0.75, a == Fraction(6, 8), b != 1)
print(Fraction(0.1), Fraction("0.1"), Fraction("1e-3"), Fraction("-1.25e2"), Fraction(" 7 "), Fraction(-4, -6))
print(Fraction(0.1).limit_denominator(10), Fraction(math.pi).limit_denominator(1000), Fraction(355, 113).limit_denominator(100))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(1, 3)), {Fraction(1, 2): "x"}[0.5])
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), int(Fraction(-7, 2)))
print(float(Fraction(1, 3)), Fraction(1, 3).numerator, Fraction(5).denominator, sum(Fraction(1, n) for n in range(1, 7)))
print(sorted([Fraction(1, 2), 0.3, 1, Fraction(-1, 5)]), max(Fraction(1, 3), 0.33), f"{float(Fraction(1, 3)):.4f}", str(Fraction(4, 2)))
print(Fraction(1, 3).as_integer_ratio(), Fraction(2, 4).is_integer() if hasattr(Fraction, "is_integer") else "", divmod(Fraction(7, 2), 1))
for bad in [lambda: Fraction(1, 0), lambda: Fraction("x"), lambda: Fraction("1/0"), lambda: Fraction(1.5, 2), lambda: a / 0]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
