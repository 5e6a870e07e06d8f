# mutating a deque while iterating it is a RuntimeError; d[i] = x is not a mutation of its shape
from collections import deque

d = deque([1, 2, 3])
for op in ("append", "appendleft", "pop", "popleft", "clear", "rotate"):
    x = deque([1, 2, 3])
    it = iter(x)
    print(next(it))
    if op in ("append", "appendleft"):
        getattr(x, op)(9)
    else:
        getattr(x, op)()
    try:
        next(it)
    except RuntimeError as e:
        print(op, "RuntimeError", e)
    except StopIteration:
        print(op, "StopIteration")
y = deque([1, 2, 3])
for i, v in enumerate(y):
    y[i] = v * 10
print(y)
try:
    for v in y:
        y.append(v)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(y))
r = deque([1, 2, 3])
rit = reversed(r)
print(next(rit))
r.append(4)
try:
    next(rit)
except RuntimeError as e:
    print("reversed RuntimeError", e)


class Eq:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


z = deque([1, 2, 3])
try:
    z.index(Eq(z))
except RuntimeError as e:
    print("index RuntimeError", e)
try:
    z.count(Eq(z))
except RuntimeError as e:
    print("count RuntimeError", e)
try:
    print(Eq(z) in z)
except RuntimeError as e:
    print("in RuntimeError", e)
