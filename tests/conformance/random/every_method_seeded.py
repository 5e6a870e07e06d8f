# Every public method of random.Random under fixed seeds, so a rewrite of any
# of them must keep consuming the generator exactly as CPython does: the
# values print as repr (all digits), after each method the next random()
# shows the generator's position, and the module-level functions share one
# hidden instance.
import random

for seed in (0, 7, 2 ** 70 + 3, 'seed', b'bytes', -5, 3.25):
    r = random.Random(seed)
    out = [r.random(), r.uniform(2, -3), r.randint(-10, 10), r.randrange(100),
           r.randrange(5, 50, 7), r.randrange(50, 5, -7), r.randrange(-3, 3),
           r.randrange(10 ** 30, 10 ** 30 + 10 ** 25, 3 ** 20),
           r.randrange(0, -10 ** 20, -999), r.choice('abcdefg'), r.getrandbits(1),
           r.getrandbits(77), r.randbytes(5)]
    print(seed, out, r.random())
    print(' tri', [r.triangular(), r.triangular(1, 3), r.triangular(1, 3, 1.5),
                   r.triangular(1, 3, 2.9), r.triangular(3, 1, 2), r.triangular(2, 2, 2),
                   r.triangular(0, 10, 10), r.triangular(0, 10, 0)], r.random())
    print(' gauss', [r.gauss(), r.gauss(5, 2), r.normalvariate(), r.normalvariate(-1, 0.5),
                     r.lognormvariate(0, 1), r.expovariate(1.5), r.expovariate(0.01)], r.random())
    print(' gamma', [r.gammavariate(0.3, 2), r.gammavariate(1.0, 3), r.gammavariate(2.5, 1),
                     r.gammavariate(50, 0.1), r.betavariate(0.5, 0.5), r.betavariate(3, 2)],
          r.random())
    print(' other', [r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 4), r.vonmisesvariate(-2, 1e-7),
                     r.paretovariate(2), r.weibullvariate(1, 1.5)], r.random())
    items = list(range(12))
    r.shuffle(items)
    print(' seq', items, r.sample(range(1000), 5), r.sample('abcdef', 6),
          r.sample(['x', 'y'], 3, counts=[2, 1]), r.choices('abc', k=4),
          r.choices('abc', weights=[1, 0, 5], k=4), r.choices(range(4), cum_weights=[1, 1, 3, 10], k=3),
          r.random())
    state = r.getstate()
    first = [r.random() for _ in range(3)]
    r.setstate(state)
    print(' state', first == [r.random() for _ in range(3)], r.random())

for bad in [(0,), (5, 5), (5, 1), (1, 10, 0), (10, 1, 2), (1, 10, -1)]:
    try:
        random.Random(1).randrange(*bad)
    except (ValueError, TypeError) as exc:
        print(bad, type(exc).__name__, exc)
for call in [lambda: random.Random(1).randrange(1.5),
             lambda: random.Random(1).choice([]), lambda: random.Random(1).gammavariate(0, 1),
             lambda: random.Random(1).sample([1, 2], 3), lambda: random.Random(1).randrange(3, step=2)]:
    try:
        call()
    except (ValueError, TypeError, IndexError) as exc:
        print(type(exc).__name__, exc)

random.seed(12345)
print([random.random(), random.uniform(1, 2), random.triangular(0, 1, 0.2), random.randint(1, 6),
       random.choice([1, 2, 3]), random.randrange(0, 100, 5), random.sample(range(50), 3),
       random.choices('xyz', k=2), random.normalvariate(), random.lognormvariate(1, 0.5),
       random.expovariate(2), random.vonmisesvariate(1, 1), random.gammavariate(2, 2),
       random.gauss(), random.betavariate(2, 3), random.paretovariate(1.5),
       random.weibullvariate(2, 2), random.getrandbits(20), random.randbytes(3)])
items = [1, 2, 3, 4, 5]
random.shuffle(items)
saved = random.getstate()
print(items, random.random())
random.setstate(saved)
print(random.random())
