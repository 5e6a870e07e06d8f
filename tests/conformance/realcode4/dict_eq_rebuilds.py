# An __eq__ that empties and refills the dict being searched: the lookup
# goes on while the entry it compared is still in place (CPython's rule),
# so inserting and searching end instead of restarting forever.
d = {}


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        d.clear()
        for i in range(50):
            d[i] = i
        return False


d[Key(1)] = "first"
d[Key(1)] = "second"
print(len(d), sorted(k for k in d if isinstance(k, int))[:3])
print(Key(1) in d, len(d))


class Grow:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        for i in range(100, 200):
            g[i] = i
        return False


g = {5: "five"}
g[Grow()] = 1
print(len(g), 5 in g)
s = set()


class SetKey:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        s.clear()
        s.update(range(100))
        return True


s.add(SetKey())
s.add(SetKey())
print(SetKey() in s, len(s))
