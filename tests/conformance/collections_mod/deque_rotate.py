# deque rotations, maxlen eviction order, extendleft order, reversed copies.
from collections import deque

d = deque(range(7))
for n in (3, -2, 7, 0, -9, 100):
    d.rotate(n)
    print(n, list(d))
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d), end=" ")
print()
d.extendleft([10, 11])
print(d, d.maxlen, len(d))
e = deque("abc")
e.extendleft("xyz")
print(e, list(reversed(e)), e.copy() == e, e.copy() is e)
e.reverse()
print(e, e.index("c"), e.count("a"), deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]))
r = deque()
r += [1, 2]
r *= 2
print(r, r + deque([0]), deque([[1], [2]]))

def recent(n):
    window = deque(maxlen=n)
    def see(x):
        window.append(x)
        return list(window)
    return see

see = recent(2)
print([see(c) for c in "abcd"])
