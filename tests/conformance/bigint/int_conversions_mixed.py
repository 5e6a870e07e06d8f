vals = [2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 10**19, -10**19]
for v in vals:
    print(v, int(str(v)), float(v), v == int(float(v)), v // 7, v % 7, -v >> 3)
print(int(2.0**63), int(-2.0**63), int(1.5e19), int(-9.3e18), int(1e19) == 10**19)
print(int(True) + 2**63, 2**63 + True, -(2**63) - False, 2**63 * True)
print([2**63 + i for i in range(-2, 3)])
print(divmod(2**64, 2**32), divmod(-2**64, 3), divmod(2**64, -3), pow(2**63, 2), 2**63 ** 1)
print(max([2**63, 2**63 - 1, -2**63]), abs(-2**63) == 2**63, round(2**63 + 0.0) == 2**63)
