# iterating deques: forward, reversed, over block boundaries, in builtins
from collections import deque

d = deque(range(200))
d.appendleft(-1)
print(sum(d), list(d)[:3], list(reversed(d))[:3])
print([x for x in deque("hello") if x != "l"])
print(list(zip(deque([1, 2, 3]), deque("ab"))), list(enumerate(deque("xy"))))
print(dict.fromkeys(deque([1, 2])), set(deque([1, 1, 2])), tuple(deque([5])))
it = iter(deque([1, 2]))
print(next(it), next(it), next(it, "done"), next(it, "done"))
e = deque()
print(list(e), list(reversed(e)))
a, *rest = deque([1, 2, 3])
print(a, rest, [*deque("ab"), *deque("cd")])
print(" ".join(deque(["a", "b"])), sorted(deque([2, 1])))
print(min(deque([4, 2, 8])), any(deque([0, 0, 1])), all(deque()))
