# Laziness: infinite generators through every adaptor, nothing read ahead.
import itertools

pulled = []

def naturals():
    n = 0
    while True:
        pulled.append(n)
        yield n
        n += 1

evens = filter(lambda n: n % 2 == 0, naturals())
pairs = itertools.pairwise(evens)
first = itertools.islice(pairs, 3)
print(list(first), pulled[-1])
pulled.clear()
acc = itertools.accumulate(naturals())
print(next(acc), next(acc), next(acc), pulled)
pulled.clear()
grouped = itertools.groupby(naturals(), key=lambda n: n // 3)
k, g = next(grouped)
print(k, next(g), pulled)
zl = itertools.zip_longest(naturals(), "ab", fillvalue="-")
print(next(zl), next(zl), next(zl))
cyc = itertools.cycle(itertools.islice(naturals(), 2))
print([next(cyc) for _ in range(5)])
tw = itertools.takewhile(lambda n: n < 4, naturals())
dw = itertools.dropwhile(lambda n: n < 4, naturals())
print(list(tw), next(dw), next(dw))
