# floor division and modulo of big ints in all four sign combinations,
# pow with a modulus (negative moduli and exponents), and hashes: equal to
# CPython's for big ints, -1 -> -2, and equal for equal values of any type
A = [3**80, 2**64 + 3, 10**30 + 7, 2**127 - 1, 12345678901234567891]
B = [7, 2**32 + 1, 2**64 - 1, 10**20 + 39, 3**41]
for a in A:
    for b in B:
        for sa, sb in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
            x, y = sa * a, sb * b
            q, r = divmod(x, y)
            print(x // y == q, x % y == r, q * y + r == x, (r == 0) or ((r < 0) == (y < 0)), q % 1000003, r % 1000003)
for b, e, m in ((3, 10**30, 10**20 + 39), (-3, 10**30 + 1, 10**20 + 39), (2**100 + 1, 65537, -(10**25 + 13)),
                (7, -1, 2**127 - 1), (-(2**70), -3, 10**22 + 7), (10**40, 0, 7), (0, 10**30, 2**64 + 1),
                (5, 2**64, 2**64), (123456789, 2**200 + 5, 1), (2**64 + 1, 2**64 - 1, 2**64 + 13)):
    print(b, e, m, pow(b, e, m))
for b, e, m in ((2, -1, 2**64), (0, -1, 10**20 + 39), (2**65, -2, 2**66)):
    try:
        print(pow(b, e, m))
    except ValueError as e2:
        print("ValueError", e2)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**64), hash(-(2**64) - 1))
print(hash(2**200 + 12345), hash(-(3**300)), hash(10**30) == hash(float(10**30)), hash(2**70) == hash(2.0**70))
print(hash(2**61 - 2), hash(-(2**61 - 2)), hash((2**61 - 1) * 5 - 1), hash(-((2**61 - 1) * 5 - 1)))
print({2**64: "a", 2.0**64: "b"}, {10**20: 1} == {10**20 + 0: 1})
