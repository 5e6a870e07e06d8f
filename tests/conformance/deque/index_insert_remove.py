# index with start/stop, insert at every position, remove, del d[i]
from collections import deque

d = deque(range(10))
print(d.index(5), d.index(5, 2), d.index(5, -6), d.index(5, 5, 6))
for args in ((5, 6), (5, 2, 4), (5, -3), (99,)):
    try:
        print(d.index(*args))
    except ValueError as e:
        print("ValueError", e)
print(d.index(3, -100, 100))
try:
    d.index()
except TypeError as e:
    print("TypeError", e)
for i in (-20, -3, 0, 2, 5, 100):
    x = deque("abcde")
    x.insert(i, "X")
    print(i, "".join(x))
r = deque([1, 2, 3, 2, 1])
r.remove(2)
print(r)
try:
    r.remove(9)
except ValueError as e:
    print("ValueError", e)
del r[0]
del r[-1]
print(r)
big = deque(range(200))
del big[100]
big.remove(150)
print(len(big), big[99], big[100], big[148])
for k in (200, -201):
    try:
        del big[k]
    except IndexError as e:
        print("IndexError", e)
print(deque([1, 2, 1, 1]).count(1), deque().count(1))
