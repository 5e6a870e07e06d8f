import random
for s in (0, 1, 42, 12345, -7, 2**32, 2**64 + 5, 10**40, 2**100 - 1):
    random.seed(s)
    print(s, [random.random() for _ in range(3)], random.getrandbits(70), random.randint(1, 10**6))
