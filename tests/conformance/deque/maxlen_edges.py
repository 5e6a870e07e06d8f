# deque maxlen: trimming from the opposite end, maxlen 0, maxlen argument errors
from collections import deque

d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft([30, 31])
print(d)
z = deque("abc", 0)
print(z, len(z), z.maxlen)
z.append(1)
z.appendleft(2)
z.extend(range(5))
print(z)
print(deque(maxlen=None).maxlen)
print(deque([1, 2], maxlen=True))
for bad in (-1, "a", 2.0):
    try:
        deque([], maxlen=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print("IndexError", e)
try:
    full.maxlen = 5
except AttributeError as e:
    print("AttributeError", e)
