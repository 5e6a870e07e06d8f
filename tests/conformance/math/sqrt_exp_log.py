import math
for x in (0, 1, 2, 0.25, 1e-300, 1e300, 10**20, 2**100):
    print(x, math.sqrt(x))
for x in (0, 1, -1, 0.5, 10, 700, -700):
    print(x, math.exp(x), math.expm1(x) if abs(x) < 100 else "-")
for x in (1, 2, math.e, 10, 0.001, 1e300, 10**100, 2**1000, 10**400, 2**5000):
    print(math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(10**400, 10), math.log(2, 0.5), math.log1p(1e-10))
print(math.exp2(10), math.exp2(-1), math.cbrt(27), math.cbrt(-8))
for bad in (0, -1, 0.0, -1e-300):
    for f in (math.log, math.log2, math.log10, math.sqrt):
        try:
            print(f(bad))
        except ValueError as e:
            print(f.__name__, e)
try:
    math.log(1, 1)
except ZeroDivisionError as e:
    print(e)
try:
    math.log1p(-1)
except ValueError as e:
    print(e)
for x in (1000, 10**400):
    try:
        print(math.exp(x))
    except OverflowError as e:
        print(e)
