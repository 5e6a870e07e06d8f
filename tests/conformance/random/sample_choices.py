import random
random.seed(99)
print(random.sample(range(100), 10))
print(random.sample(range(10**9), 5))
print(random.sample(["a", "b", "c", "d"], 4))
print(random.sample(range(50), 30))
print(random.sample(["x", "y"], counts=[3, 2], k=4))
print(random.choices("abc", k=6))
print(random.choices(range(5), weights=[1, 0, 0, 5, 2], k=8))
print(random.choices(["lo", "hi"], cum_weights=[10, 11], k=5))
for bad in (lambda: random.sample(range(3), 5), lambda: random.choices("ab", weights=[1], k=2),
            lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
            lambda: random.randrange(1, 10, 0), lambda: random.sample({1, 2}, 1), lambda: random.choices("ab", 3)):
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
