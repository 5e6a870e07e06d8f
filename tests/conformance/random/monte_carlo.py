import random
rng = random.Random(1)
inside = 0
n = 20000
for _ in range(n):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / n)
walk = 0
hist = {}
for _ in range(5000):
    walk += rng.choice((-1, 1))
    hist[walk] = hist.get(walk, 0) + 1
print(walk, max(hist), min(hist), len(hist))
counts = [0] * 6
for _ in range(6000):
    counts[rng.randrange(6)] += 1
print(counts)
