import math
calls = [
    lambda: math.sqrt(),
    lambda: math.sqrt(1, 2),
    lambda: math.sqrt("x"),
    lambda: math.sqrt(None),
    lambda: math.pow(1),
    lambda: math.atan2(1, "a"),
    lambda: math.log(),
    lambda: math.log(1, 2, 3),
    lambda: math.gcd(1.5),
    lambda: math.lcm(2, "3"),
    lambda: math.hypot("a"),
    lambda: math.copysign(1),
    lambda: math.sqrt(10**400),
    lambda: math.floor([]),
    lambda: math.fsum(5),
    lambda: math.prod(),
    lambda: math.dist(1, 2),
    lambda: math.isclose(1),
    lambda: math.perm(1, 2, 3),
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ":", e)
