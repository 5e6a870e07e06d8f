import math

def newton_sqrt(n):
    def improve(x):
        return (x + n // x) // 2
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = improve(x)
        if y >= x:
            return x
        x = y

for n in (10**50, 2**201, 3**300 + 1, 99):
    print(newton_sqrt(n) == math.isqrt(n), math.isqrt(n) % 10**12)
print(all(math.isqrt(k * k) == k and math.isqrt(k * k - 1) == k - 1 for k in range(1, 2000)))
print(math.isqrt(10**100) == 10**50, math.isqrt(2**128 - 1) == 2**64 - 1)
