# Special methods (operators, len, iter, call, hash, eq, repr) replaced
# after the object protocol has looked them up many times.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __len__(self):
        return 1

    def __repr__(self):
        return "V(%d)" % self.x


a, b = V(1), V(2)
for _ in range(30):
    c = a + b
print(c, len(c))
V.__add__ = lambda self, o: V(self.x * o.x)
V.__len__ = lambda self: 7
V.__repr__ = lambda self: "W<%d>" % self.x
print(a + b, len(a))
V.__iter__ = lambda self: iter([self.x] * 2)
print(list(a))
V.__call__ = lambda self, y: self.x + y
print(a(10))
V.__eq__ = lambda self, o: isinstance(o, V) and o.x == self.x
V.__hash__ = lambda self: self.x
print(V(1) == a, len({V(1), a, V(3)}))
del V.__add__
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
