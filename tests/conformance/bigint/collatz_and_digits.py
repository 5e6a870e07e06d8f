def collatz_steps(n):
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n & 1 else n >> 1
        steps += 1
    return steps

for n in (27, 2**64 + 1, 3**50, 10**25 + 7):
    print(n, collatz_steps(n))
digits = lambda n: sum(map(int, str(n)))
print(digits(2**1000), digits(3**500), sum(int(d) for d in str(2**2000)) % 97)
print(str(2**200)[::-1][:20], int(str(7**90)[::-1]) % 1000003)
