class A:
    def __init__(self):
        yield 1
try:
    A()
except TypeError as e:
    print("TypeError:", e)
class Store:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append((k, v))
        yield "ignored"
    def __getitem__(self, k):
        for i in range(k):
            yield i
    @property
    def items(self):
        yield from self.log
s = Store()
s["a"] = 1
print(s.log, list(s[3]), list(s.items))
class Weird:
    def __iter__(self):
        return self
    def __next__(self):
        yield 1
w = iter(Weird())
g = next(w)
print(type(g).__name__, list(g))
n = 0
for g in Weird():
    n += 1
    if n == 3:
        break
print(n, type(g).__name__)
