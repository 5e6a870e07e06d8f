# the deque methods: pops at both ends, extendleft order, reverse, clear, copy
from collections import deque
import copy

d = deque()
for k in range(150):
    d.append(k)
    d.appendleft(-k)
print(len(d), d[0], d[-1], d.pop(), d.popleft(), len(d))
d.extendleft("abc")
print(d[0], d[1], d[2])
d.extend(d)
print(len(d))
d.reverse()
print(d[0], d[-1], d[1])
c = d.copy()
print(c == d, c is d, type(c).__name__)
d.clear()
print(d, len(c))
for name in ("pop", "popleft"):
    try:
        getattr(deque(), name)()
    except IndexError as e:
        print("IndexError", e)
try:
    deque().append()
except TypeError as e:
    print("TypeError", e)
x = deque([[1], 2], maxlen=5)
sh, dp = copy.copy(x), copy.deepcopy(x)
x[0].append(9)
print(sh, dp, sh.maxlen, dp.maxlen)
q = deque()
q.append(1)
while q:
    v = q.popleft()
    if v < 1000:
        q.append(v * 2)
        q.append(v * 2 + 1)
print(len(q), v)
print(deque([3, 1, 2]).__len__(), deque([1]).__copy__(), list(reversed(deque("abc"))))
print(sorted(deque([3, 1, 2])), max(deque([3, 9, 2])), sum(deque(range(10))))
print(list(deque(range(5)).__iter__()), deque([1, 2]).__contains__(2))
