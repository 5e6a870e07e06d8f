import math
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(4, 0.5), math.pow(0, 0), math.pow(1, math.nan))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(math.nan, 0))
for args in ((0.0, -1), (-8, 1 / 3), (10, 400), (2, 1e10)):
    try:
        print(math.pow(*args))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(1, math.inf))
for f in (math.fmod, math.remainder):
    for args in ((1, 0), (math.inf, 2)):
        try:
            print(f(*args))
        except ValueError as e:
            print(f.__name__, e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
print(math.nextafter(1, 2) - 1, math.nextafter(0, 1), math.nextafter(1, 1), math.nextafter(-0.0, 1))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.isinf(2**1000), math.isfinite(10**300), math.isnan(5))
try:
    math.isinf(10**400)
except OverflowError as e:
    print(e)
