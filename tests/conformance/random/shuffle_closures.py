import random

def make_deck(seed):
    rng = random.Random(seed)
    cards = [r + s for s in "SHDC" for r in "A23456789TJQK"]
    def deal(n):
        rng.shuffle(cards)
        return cards[:n]
    return deal

deal = make_deck(2023)
print(deal(5), deal(5))
d2 = make_deck(2023)
print(d2(5) == make_deck(2023)(5))
rng = random.Random(8)
pool = list(range(30))
picks = [rng.sample(pool, 3) for _ in range(4)]
print(picks, [rng.choice(pool) for _ in range(6)])
