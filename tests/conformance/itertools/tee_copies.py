# tee: independent iterators over one source that is read once.
from itertools import tee, count, islice

reads = []

def source():
    for i in range(5):
        reads.append(i)
        yield i

a, b = tee(source())
print(next(a), next(a), reads)
print(list(b), reads)
print(list(a))
x, y, z = tee("abc", 3)
print(list(x), list(zip(y, z)))
print(tee([1], 0))
p, q = tee(count())
print(list(islice(p, 3)), list(islice(q, 5)))
try:
    tee("ab", -1)
except ValueError as e:
    print("ValueError:", e)
