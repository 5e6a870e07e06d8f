class Queue:
    def __init__(self):
        self._in, self._out = [], []

    def push(self, x):
        self._in.append(x)

    def pop(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("pop from an empty queue")
        return self._out.pop()

    def empty(self):
        return not (self._in or self._out)

    def __len__(self):
        return len(self._in) + len(self._out)


q = Queue()
for i in range(5):
    q.push(i * i)
print(len(q), q.pop(), q.pop())
q.push(100)
out = []
while not q.empty():
    out.append(q.pop())
print(out, len(q))
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
