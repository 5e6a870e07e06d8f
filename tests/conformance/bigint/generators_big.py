def powers(base):
    v = 1
    while True:
        yield v
        v *= base

def take(gen, n):
    return [next(gen) for _ in range(n)]

p = powers(2**31 - 1)
vals = take(p, 8)
print(vals[-1], [v.bit_length() for v in vals])
sq = (x * x for x in range(2**62, 2**62 + 5))
print(list(sq))
tri = [n * (n + 1) // 2 for n in (10**10, 10**15, 10**20)]
print(tri, sorted(tri, reverse=True) == tri[::-1])
acc = {}
for k in range(5):
    acc[2**64 + k] = (2**64 + k) ** 2 % 1000
print(sorted(acc.items()))
