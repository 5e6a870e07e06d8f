import random
a = random.Random(5)
b = random.Random(5)
print([a.random() for _ in range(4)] == [b.random() for _ in range(4)])
print(a.randint(0, 100), b.randint(0, 100), a.getrandbits(200))
state = a.getstate()
x = [a.random() for _ in range(5)]
a.setstate(state)
print(x == [a.random() for _ in range(5)], state[0], len(state[1]), state[1][-1])
random.seed(5)
print(random.random() == random.Random(5).random())
c = random.Random()
c.seed(123)
print(c.uniform(1, 2), c.triangular(0, 10, 3), c.expovariate(2.0))
print(round(c.gauss(0, 1), 12), round(c.gauss(10, 2), 12), round(c.normalvariate(5, 1), 12))

def make_dice(seed):
    rng = random.Random(seed)
    def roll():
        return rng.randint(1, 6)
    return roll

d1, d2 = make_dice(7), make_dice(7)
print([d1() for _ in range(10)], [d2() for _ in range(10)])
