import random
random.seed(31337)
vals = [random.uniform(-1, 1) for _ in range(5)]
print(vals)
print([round(random.gauss(), 10) for _ in range(4)])
print([round(random.expovariate(0.5), 10) for _ in range(3)])
print([round(random.gammavariate(2.5, 1.0), 10) for _ in range(3)])
print([round(random.gammavariate(0.5, 2.0), 10) for _ in range(3)])
print([round(random.betavariate(2, 3), 10) for _ in range(3)])
print([round(random.lognormvariate(0, 1), 10) for _ in range(2)], round(random.paretovariate(3), 10))
print(round(random.weibullvariate(1, 2), 10), round(random.vonmisesvariate(1, 4), 10))
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(1000) % 10**12)
try:
    random.getrandbits(-1)
except ValueError as e:
    print(e)
