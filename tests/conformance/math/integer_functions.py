import math
for n in (0, 1, 5, 20, 21, 50, 100):
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(3000).bit_length(), math.factorial(1000) % (10**9 + 7))
for bad in (-1, 2.0, "5"):
    try:
        math.factorial(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.factorial(10**20)
except OverflowError as e:
    print(e)
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 27))
print(math.gcd(2**100, 6**50), math.gcd(10**30 + 1, 10**20), math.gcd(3**80, 3**40 * 2))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2**64, 3**40, 10))
for n in (0, 1, 15, 16, 17, 2**52 - 1, 2**64, 10**40, 10**41, 2**1000 + 12345):
    r = math.isqrt(n)
    print(n % 1000, r % 10**9, r * r <= n < (r + 1) ** 2)
for bad in (-1, 2.5):
    try:
        math.isqrt(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.comb(100, 50), math.comb(10**20, 3))
print(math.perm(10, 3), math.perm(5), math.perm(5, 0), math.perm(5, 6), math.perm(30, 20))
for args in ((-1, 2), (5, -1), (5.0, 2)):
    try:
        print(math.comb(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.perm(5, -1)
except ValueError as e:
    print(e)
try:
    math.comb(5)
except TypeError as e:
    print(e)
