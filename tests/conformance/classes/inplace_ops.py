class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __add__(self, x):
        n = Acc()
        n.items = self.items + [x]
        return n

    def __repr__(self):
        return f"Acc{self.items}"


a = Acc()
b = a
a += 1
a += 2
print(a, b, a is b)
c = a + 3
print(c, a, c is a)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
try:
    x -= 1
except TypeError as e:
    print(e)
