# deque: both ends, maxlen, rotate, indexing, repr, equality.
from collections import deque

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], q[2], q.pop(), q.popleft(), q)
q.extend("ab")
q.extendleft([9, 8])
print(q, list(q), list(reversed(q)), 9 in q, "z" in q, q.count(2), q.index("a"))
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
q[1] = "mid"
del q[0]
q.remove("a")
q.insert(1, "ins")
print(q, q == deque(q), q != deque(), bool(deque()), deque() == deque([]))
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5)
b.appendleft(-1)
print(b, deque("abc", maxlen=0), deque(maxlen=2) + deque([1, 2, 3]))
q.clear()
print(q, deque(), deque(x * 2 for x in range(3)), deque([1]) * 3)
for bad in (deque().pop, deque().popleft):
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
try:
    deque([1])[3]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(7)
except ValueError as e:
    print("ValueError:", e)
d = deque([1, 2])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
