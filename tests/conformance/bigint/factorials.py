def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (20, 21, 25, 50, 100, 170, 171):
    print(n, fact(n))
f = fact(1000)
print(len(str(f)), str(f)[:30], f % 1000003)
print(sum(int(c) for c in str(fact(500))))
print(fact(300) // fact(298) == 300 * 299)
