# d[i] and d[i] = x over several blocks; bad index types
from collections import deque

d = deque(range(500))
print(d[0], d[63], d[64], d[65], d[250], d[-1], d[-64], d[-65], d[-500])
d[300] = "x"
d[-1] = "last"
print(d[300], d[499])
for bad in (500, -501):
    try:
        d[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        d[bad] = 0
    except IndexError as e:
        print("IndexError", e)
for key in (slice(1, 2), "a", 1.0):
    try:
        d[key]
    except TypeError as e:
        print("TypeError", e)
try:
    d[2**70]
except IndexError as e:
    print("IndexError", e)
print(d[True], d[False])
e = deque()
for k in range(100):
    e.appendleft(k)
print(e[0], e[99], e[50], len(e))
