# Counter as a multiset: inventories merged and compared, most_common ties.
from collections import Counter

stock = Counter(apples=5, pears=2, kiwis=0)
order = Counter(apples=3, pears=4, figs=1)
print(stock - order, order - stock, stock + order, stock & order, stock | order)
remaining = stock.copy()
remaining.subtract(order)
print(remaining, +remaining, -remaining)
print(Counter("aabbccd").most_common(), Counter("abcabc").most_common(2))
votes = Counter()
for ballot in ["x y", "y", "z x", "x"]:
    votes.update(ballot.split())
winner, count = votes.most_common(1)[0]
print(votes, winner, count, sum(votes.values()), list(votes))
c = Counter({"a": 2})
c["b"] += 3
c["c"] -= 1
print(c, c["missing"], "missing" in c, len(c), sorted(c.elements()))
print(Counter(a=1, b=2) == Counter(b=2, a=1), Counter(a=1) != Counter(a=1, b=1), Counter("ab") >= Counter("a"))
