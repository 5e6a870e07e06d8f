# cmath's trigonometric and hyperbolic functions and their inverses: finite
# values, CPython's special values for infinities and NaNs, and its errors.
import cmath
import math

inf, nan = math.inf, math.nan
names = ("sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh")
finite = (0j, -0j, complex(0.0, -0.0), 1 + 2j, -0.5 + 0.25j, 3 - 4j, 0.75, -2j,
          1e-300 + 1e-300j, 1e300 + 1e300j, complex(800, 1), complex(-800, 0.5))
special = []
for re in (inf, -inf, nan, 0.0, -0.0, 2.5, -2.5):
    for im in (inf, -inf, nan, 0.0, -0.0, 1.5, -1.5):
        z = complex(re, im)
        if not (math.isfinite(re) and math.isfinite(im)):
            special.append(z)


def show(name, z):
    fn = getattr(cmath, name)
    try:
        r = fn(z)
        print(name, repr(z), "->", repr(r))
    except (ValueError, OverflowError) as e:
        print(name, repr(z), "->", type(e).__name__, e)


for name in names:
    for z in finite:
        show(name, z)
for name in names:
    for z in special:
        show(name, z)
for name in ("atanh", "atan"):
    for z in (1 + 0j, -1 + 0j, 1j, -1j, complex(1, -0.0), complex(1, 1e-200)):
        show(name, z)
print(cmath.sin(2), cmath.cosh(-1), cmath.atan(0.5))
try:
    cmath.sin("x")
except TypeError as e:
    print("TypeError:", e)
try:
    cmath.cos()
except TypeError as e:
    print("TypeError:", e)
