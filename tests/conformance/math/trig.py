import math
for x in (0, 0.5, 1, -1, math.pi / 6, math.pi / 4, math.pi, 2, 10, -3.5):
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in (0, 0.5, 1, -1, -0.25):
    print(x, math.asin(x), math.acos(x))
for x in (0, 0.5, 1, 2, -3):
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in (1, 2, 10):
    print(x, math.acosh(x))
for x in (0, 0.5, -0.9):
    print(x, math.atanh(x))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(1, 0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
for f, x in ((math.asin, 2), (math.acos, -1.5), (math.acosh, 0.5), (math.atanh, 1), (math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf)):
    try:
        print(f(x))
    except ValueError as e:
        print(f.__name__, e)
try:
    math.cosh(1000)
except OverflowError as e:
    print(e)
