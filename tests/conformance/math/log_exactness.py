import math
for e in (1, 10, 52, 53, 100, 1000, 1023, 1024, 5000):
    print(e, math.log2(2**e), math.log(2**e, 2), math.log10(10**min(e, 300)))
print(math.log(10**400, 10**200), math.log2(3**1000), math.log(7**2000))
print(math.log1p(1e-20), math.log(1e-320), math.log2(5e-324))
