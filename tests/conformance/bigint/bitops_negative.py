vals = [2**70, -2**70, 2**64 - 1, -(2**64) + 1, 12345678901234567890123, -98765432109876543210, -1, 0, 5]
for a in vals:
    for b in vals[:5]:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a, a >> 3, a >> 70, a >> 200, a << 5, -a >> 1)
print((-2**100) >> 99, (-2**100 - 1) >> 99, (-1) << 100, 1 << 64, 3 << 62)
try:
    print(1 << -1)
except ValueError as e:
    print(e)
try:
    print(2**70 >> -2)
except ValueError as e:
    print(e)
mask = (1 << 128) - 1
x = -12345
print(x & mask, hex(x & mask), (x & mask) - (1 << 128) == x)
