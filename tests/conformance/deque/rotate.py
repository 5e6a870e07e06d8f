# deque.rotate: positive, negative, past the length, across block boundaries
from collections import deque

d = deque(range(7))
for n in (1, -1, 3, -3, 7, -7, 15, -16, 0):
    d.rotate(n)
    print(n, list(d))
big = deque(range(300))
big.rotate(130)
print(big[0], big[-1], big[129], big[130])
big.rotate(-260)
print(big[0], big[-1])
e = deque()
e.rotate(5)
print(e)
one = deque([1])
one.rotate(-3)
print(one)
d.rotate()
print(d)
for bad in ("a", 1.5):
    try:
        d.rotate(bad)
    except TypeError as ex:
        print("TypeError", ex)
try:
    d.rotate(1, 2)
except TypeError as ex:
    print("TypeError", ex)
# rotating back and forth is the identity
r = deque(range(1000))
for k in range(1, 50):
    r.rotate(k * 37)
    r.rotate(-k * 37)
print(list(r) == list(range(1000)))
