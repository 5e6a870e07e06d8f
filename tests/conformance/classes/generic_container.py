class TypedList:
    def __init__(self, kind, items=()):
        self.kind = kind
        self._items = []
        for x in items:
            self.append(x)

    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}")
        self._items.append(x)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return TypedList(self.kind, self._items[i])
        return self._items[i]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]({self._items})"

    def __eq__(self, o):
        return isinstance(o, TypedList) and self.kind is o.kind and self._items == o._items


t = TypedList(int, [3, 1, 2])
print(t, t[0], t[1:], len(t), sorted(t), list(reversed(list(t))))
try:
    t.append("x")
except TypeError as e:
    print(e)
print(t == TypedList(int, [3, 1, 2]), t == [3, 1, 2], t[::-1])
