import random
random.seed(1234)
s = random.getstate()
a = [random.randrange(10**12) for _ in range(5)]
random.setstate(s)
b = [random.randrange(10**12) for _ in range(5)]
print(a == b, a)
r = random.Random()
r.setstate(s)
print([r.random() for _ in range(2)])
r.seed(1234)
print(r.getstate() == s, r.getstate()[1][:3], len(r.getstate()[1]))
try:
    r.setstate((2, (), None))
except ValueError as e:
    print(e)
