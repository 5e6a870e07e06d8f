# A cmp_to_key comparator and a key that log show CPython's order of key calls and
# comparisons for list.sort and sorted, with and without reverse.
import random
from functools import cmp_to_key

rnd = random.Random(11)
calls = []


def compare(a, b):
    calls.append((a, b))
    return (a > b) - (a < b)


for n in (2, 3, 5, 10, 40, 64, 65, 130, 300, 1000):
    data = [rnd.randrange(n) for _ in range(n)]
    for reverse in (False, True):
        calls.clear()
        result = sorted(data, key=cmp_to_key(compare), reverse=reverse)
        assert result == sorted(data, reverse=reverse)
        print(n, reverse, len(calls), hash(tuple(calls)) % 100003, calls[:6])

# a closure counting its calls, as a program measuring sorts would
def counter():
    total = 0

    def cmp(a, b):
        nonlocal total
        total += 1
        return -1 if a[0] < b[0] else (1 if a[0] > b[0] else 0)

    def count():
        return total

    return cmp, count


cmp, count = counter()
records = [(rnd.randrange(30), i) for i in range(500)]
records.sort(key=cmp_to_key(cmp))
print(count(), records[:8])
records.sort(key=cmp_to_key(cmp), reverse=True)
print(count(), records[:8])

# the key is called once per item, in order, before any comparison
seen = []


def key(x):
    seen.append(x)
    return x % 10


items = [rnd.randrange(100) for _ in range(200)]
ordered = sorted(items, key=key)
print(seen == items, ordered[:15])
print(sorted(items, key=key, reverse=True)[:15])

# already sorted, reversed and sawtooth inputs take few comparisons
for data in (list(range(1000)), list(range(1000, 0, -1)), [i % 50 for i in range(1000)]):
    calls.clear()
    sorted(data, key=cmp_to_key(compare))
    print(len(calls))
