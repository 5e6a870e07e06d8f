# Counter: counting, most_common, elements, update/subtract, arithmetic, repr.
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["zzz"], len(c), c.most_common(2), c.most_common(0), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("aab")
c.update({"r": 10})
c.update(z=1)
print(c)
c.subtract("aaaa")
c.subtract(Counter(r=1))
print(c, +c, -Counter(a=-2, b=3))
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=5)
print(a + b, a - b, a | b, a & b)
a += Counter(b=1)
a -= Counter(a=5)
print(a, Counter(), repr(Counter(x=0)), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), isinstance(c, dict))
del c["missing"]
del c["a"]
print("a" in c, sorted(c.items())[:3], dict(Counter("hello")), Counter(Counter("aab")))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Counter(a=1) + 1
except TypeError as e:
    print("TypeError:", e)
