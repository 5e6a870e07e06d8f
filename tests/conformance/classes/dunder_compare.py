class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.cents == o.cents

    def __lt__(self, o):
        return self.cents < o.cents

    def __le__(self, o):
        return self.cents <= o.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


a, b = Money(100), Money(250)
print(a == Money(100), a != b, a < b, b > a, a <= b, b >= a, a == 1, a != "x")
print(sorted([b, a, Money(5)]), min(a, b), max([a, b]))
try:
    hash(a)
except TypeError as e:
    print(e)
print(Money.__hash__)


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != Plain())
try:
    p < p
except TypeError as e:
    print(e)
print(len({Plain(), Plain()}), hash(p) == hash(p))


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return self.k == o.k

    def __hash__(self):
        return hash(self.k)


d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d)
