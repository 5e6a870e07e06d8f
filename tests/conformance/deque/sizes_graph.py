# a deque grows by blocks: its size grows with the items and comes back when they go;
# its items are kept alive by it and freed with it
from collections import deque
import gc
import sys
import weakref

d = deque()
empty = sys.getsizeof(d)
for k in range(1000):
    d.append(k)
full = sys.getsizeof(d)
print(full > empty)
while len(d) > 1:
    d.pop()
print(sys.getsizeof(d) == empty)


class Node:
    pass


n = Node()
r = weakref.ref(n)
q = deque([n])
del n
print(r() is not None)
q.clear()
print(r() is None)
cyc = deque()
cyc.append(cyc)
n2 = Node()
cyc.append(n2)
r2 = weakref.ref(n2)
del n2, cyc
gc.collect()
print(r2() is None)
