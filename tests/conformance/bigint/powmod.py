print(pow(2, 10**5, 10**9 + 7))
print(pow(3, 2**100, 2**127 - 1))
print(pow(-7, 2**70 + 1, 10**20 + 39))
print(pow(5, 3, -7), pow(-5, 3, 7), pow(2**80, 3, 2**61 - 1))
print(pow(3, -1, 7), pow(3, -5, 1000003), pow(2**90 + 1, -1, 10**30 + 57))
for args in ((2, -1, 4), (2, 3, 0), (2.0, 3, 5), (6, -1, 9)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(10, 40), pow(-3, 41), pow(2, -70), pow(-2**70, 3))
print(2 ** 0.5 == pow(2, 0.5), (2**70) ** 2 == 2**140)
# Fermat test on a big prime and a Carmichael-like composite
p = 2**127 - 1
print(all(pow(a, p - 1, p) == 1 for a in (2, 3, 5, 7, 11)))
print(pow(2, 561 - 1, 561), pow(2, 2**64, 2**64 + 13))
