import random
for s in ("hello", "", "closured", "ünïcødé ✓", "x" * 300, 3.5, -0.25, 1e100, True):
    random.seed(s)
    print(repr(s)[:20], random.random(), random.randrange(1000))
