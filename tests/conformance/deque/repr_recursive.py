# repr of deques, including ones that contain themselves
from collections import deque

d = deque()
d.append(d)
print(repr(d))
e = deque([1, "two", 3.0, None], maxlen=6)
print(e)
e.append(e)
print(e)
f = deque([[1, 2], (3,), {4: 5}])
print(f, str(f))
g = deque([deque([1]), deque([], maxlen=0)])
print(g)
lst = [deque([1])]
lst[0].append(lst)
print(lst)
print(deque("abc"))
print(deque(range(3)), deque())
