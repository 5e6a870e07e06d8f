import math
for x in (2.5, -2.5, 3.7, -3.7, 0.0, -0.0, 1e20, -1e20, 2.0**80, 1e300, 7, -7, 2**100, True):
    print(math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for x in (math.inf, -math.inf, math.nan):
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f(x))
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
for f in (math.floor, math.ceil, math.trunc):
    try:
        print(f("3"))
    except TypeError as e:
        print(e)
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.modf(-0.0))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-1e-310), math.frexp(2**100))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1080), math.ldexp(3, 10), math.ldexp(-0.0, 5))
for args in ((1.0, 5000), (1.0, 2**70)):
    try:
        print(math.ldexp(*args))
    except OverflowError as e:
        print(e)
print(math.ldexp(1.0, -2**70))
try:
    math.ldexp(1.0, 2.5)
except TypeError as e:
    print(e)
print(math.fabs(-3), math.fabs(-2**70), math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(math.inf, -1))
