import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([2**60, 1, -2**60]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 5]), math.fsum([math.nan, 1.0]))
for bad in ([1e308, 1e308], [math.inf, -math.inf]):
    try:
        print(math.fsum(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    math.fsum([1, "x"])
except TypeError as e:
    print(e)
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 30)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.prod([[1], 3]), math.prod(x for x in [2**40] * 4))
print(math.hypot(), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(-5), math.hypot(1e200, 1e200) > 1e200)
print(math.hypot(math.inf, math.nan), math.hypot(0, 0, 0))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]), math.dist((1,), (1,)))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(e)
