# timeit with a counting clock: the loop counts, setup runs and results are exact.
import timeit


class Ticks:
    """A clock that advances by one on every read."""

    def __init__(self):
        self.now = 0

    def __call__(self):
        self.now += 1
        return self.now


calls = []


def work():
    calls.append(1)


print(timeit.timeit(work, number=7, timer=Ticks()))
print(len(calls))

setups = []
t = timeit.Timer(work, setup=lambda: setups.append('s'), timer=Ticks())
print(t.repeat(repeat=3, number=4))
print(len(calls), setups)

# String statements: setup names are visible to the statement; globals are given.
acc = []
g = {'acc': acc}
print(timeit.timeit('acc.append(x * 2)', setup='x = 21', number=3, globals=g, timer=Ticks()))
print(acc)

# A multi-line statement and setup keep their structure.
out = []
src = '''
for k in range(2):
    out.append(k + base)
'''
timeit.Timer(src, setup='base = 10\nbase += 5', globals={'out': out}).timeit(number=2)
print(out)

# repeat() at module level.
print(timeit.repeat('pass', repeat=2, number=5, timer=Ticks()))

# autorange with a clock the statement moves by 0.01 s per run.
class Slow:
    def __init__(self):
        self.now = 0

    def step(self):
        self.now += 1

    def __call__(self):
        return self.now / 100


clock = Slow()
seen = []
n, taken = timeit.Timer(clock.step, timer=clock).autorange(lambda n, t: seen.append(n))
print(n, round(taken, 6))
print(seen)

# default_timer is perf_counter; number=0 runs nothing.
import time
print(timeit.default_timer is time.perf_counter)
print(timeit.timeit(work, number=0, timer=Ticks()), len(calls))
print(timeit.default_number, timeit.default_repeat)
print(isinstance(timeit.timeit('pass', number=10), float))

# The collector is back on afterwards.
import gc
print(gc.isenabled())
