# deque append/appendleft/extend/extendleft/pop/popleft at maxlen and when empty, their
# argument errors, and extend with the deque itself.
from collections import deque

d = deque(maxlen=3)
for k in range(5):
    d.append(k)
print(d)
d.appendleft(-1)
print(d)
d.extend([7, 8])
print(d)
d.extendleft("ab")
print(d, d.pop(), d.popleft(), d)
e = deque([1, 2])
e.extend(e)
e.extendleft(e)
print(e)
z = deque(maxlen=0)
z.append(1)
z.extendleft(range(3))
print(z, len(z))
for op in (deque().pop, deque().popleft):
    try:
        op()
    except IndexError as exc:
        print("IndexError", exc)
for call in (lambda: deque().append(), lambda: deque().appendleft(1, 2),
             lambda: deque().extend(), lambda: deque().extendleft(5),
             lambda: deque([1]).pop(0), lambda: deque([1]).popleft(x=1)):
    try:
        call()
    except TypeError as exc:
        print("TypeError", exc)
print(deque([1, 2, 3]).pop(), deque([1, 2, 3]).popleft())
