import random
random.seed(77)
print([random.randrange(2**100) for _ in range(3)])
print([random.randint(-2**70, 2**70) for _ in range(3)])
print(random.randrange(10**30, 10**30 + 10), random.randrange(0, 2**200, 2**150))
print(random.getrandbits(64), random.getrandbits(65), random.getrandbits(128))
print(random.choice(range(10**6)), random.sample(range(10**12), 3))
