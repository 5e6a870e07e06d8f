class Registry:
    def __init__(self):
        self._items = {}

    def add(self, key, fn):
        self._items[key] = fn

    def __iter__(self):
        for key in sorted(self._items):
            yield key, self._items[key]

    def __contains__(self, key):
        return any(k == key for k, _ in self)


def make_adder(n):
    def add(x):
        return x + n
    return add


reg = Registry()
for i in range(3):
    reg.add("add%d" % i, make_adder(i))
print([(k, f(10)) for k, f in reg])
print("add1" in reg, "add9" in reg)
print(dict(reg)["add2"](1))
