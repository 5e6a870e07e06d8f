# comparison, concatenation, repetition and their in-place forms
from collections import deque

a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2, 3]), a == [1, 2, 3], a != (1, 2, 3))
print(deque([1, 2]) < deque([1, 2, 0]), deque() < deque([0]))
try:
    a < [1]
except TypeError as e:
    print("TypeError", e)
print(a + b)
try:
    a + [4]
except TypeError as e:
    print("TypeError", e)
print(a * 2, 2 * a, a * 0, a * -1)
m = deque([1, 2, 3], maxlen=4)
print(m * 3, m + deque([7, 8]))
try:
    a * "x"
except TypeError as e:
    print("TypeError", e)
c = deque([1])
alias = c
c += [2, 3]
c += "ab"
print(c, c is alias)
c *= 2
print(c, c is alias)
c *= 0
print(c)
s = deque([1, 2])
s += s
print(s)
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
print(bool(deque()), bool(deque([0])), len(deque(range(77))))
print(3 in a, 9 in a, "x" in deque("xyz"))
