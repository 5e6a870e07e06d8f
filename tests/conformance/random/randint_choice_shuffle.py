import random
random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 100, 7) for _ in range(5)])
print([random.randrange(10, 0, -3) for _ in range(5)], random.randrange(-10**30, 10**30))
colors = ["red", "green", "blue", "cyan", "magenta"]
print([random.choice(colors) for _ in range(8)], random.choice("abcdef"), random.choice(range(1000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.randint(-5, -5), random.randrange(1))
