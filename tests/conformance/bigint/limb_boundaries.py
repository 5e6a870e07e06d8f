# values on either side of 2**32, 2**63, 2**64 and 2**128 through every
# operator: carries and borrows across limb boundaries, immediates turning
# into heap ints and back
edges = []
for k in (31, 32, 62, 63, 64, 65, 127, 128, 129):
    edges += [2**k - 1, 2**k, 2**k + 1]
edges += [-v for v in edges]
for a in edges[::2]:
    for b in edges[1::3]:
        print(a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b)
for a in edges:
    print(a, -a, ~a, abs(a), a >> 1, a >> 64, a << 1, a << 63, a.bit_length(), hash(a))
    print(divmod(a, 2**64), divmod(a, -(2**32)), divmod(a, 3), a // -7, a % -7)
print(2**64 - 2**64, (2**63 - 1) + 1 - 1, -(2**63) - 1 + 1, (2**64) // (2**64), (2**128) // (2**64 + 1))
print((2**63) * (2**63) == 2**126, (2**64 - 1) ** 2, (2**64 - 1) * (2**64 + 1) == 2**128 - 1)
print(type(2**64 - 2**64 + 5) is int, 2**64 >> 64, (2**64 + 7) & 0xFF, (-(2**64)) >> 63)
