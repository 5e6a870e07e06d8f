# classes deriving from deque: methods, overrides, super()
from collections import deque


class Bounded(deque):
    def __init__(self, items, limit):
        super().__init__(items, limit)
        self.pushes = 0

    def append(self, x):
        self.pushes += 1
        super().append(x)


b = Bounded([1, 2], 3)
for k in range(5):
    b.append(k)
print(list(b), b.pushes, b.maxlen, len(b), b[0], b[-1], isinstance(b, deque))
b.appendleft("a")
print(list(b), 4 in b, b.popleft())


class Stack(deque):
    def peek(self):
        return self[-1]


s = Stack("abc")
s.rotate(1)
print(s.peek(), list(reversed(s)), s == deque("cab"), len(s))
del s[0]
s[0] = "z"
print(list(s), s.count("z"))
print(s, Bounded([1], 2), repr(Stack()))
