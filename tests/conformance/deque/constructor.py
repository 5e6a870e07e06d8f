# deque() arguments: iterables of every kind, keywords, errors
from collections import deque

print(deque(), deque([]), deque(()), deque("ab"), deque(range(3)), deque({1: 2, 3: 4}))
print(deque(iterable=[1], maxlen=3), deque(maxlen=2), deque((x * x for x in range(4))))
print(deque(deque([1, 2]), 1))
for args, kwargs in (((1,), {}), (([1], 2, 3), {}), (([],), {"foo": 3}), ((), {"maxlen": -5})):
    try:
        deque(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(deque()), type(deque()).__name__, type(deque()).__module__)
print(isinstance(deque(), deque), deque.__name__)
print(deque[int])
d = deque([1, 2, 3], 5)
d.__init__("xy")
print(d, d.maxlen)
d.__init__([1], 1)
print(d, d.maxlen)
