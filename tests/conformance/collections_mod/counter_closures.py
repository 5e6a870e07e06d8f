# Counter over closure results: word counts by factories of key functions.
from collections import Counter

def keyer(n):
    return lambda w: w[:n]

text = "the quick brown fox jumps over the lazy dog then the fox sleeps".split()
for n in (1, 2):
    k = keyer(n)
    print(n, Counter(map(k, text)).most_common(3))

def tally():
    seen = Counter()
    def hit(*names):
        seen.update(names)
        return seen
    return hit

hit = tally()
hit("a", "b")
hit("a")
print(hit("c"), hit.__closure__[0].cell_contents["a"])
handlers = [lambda i=i: i % 3 for i in range(10)]
print(Counter(h() for h in handlers), sorted(Counter(h() for h in handlers).elements()))
