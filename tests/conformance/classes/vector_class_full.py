class Vector:
    __slots__ = ("_c",)

    def __init__(self, *c):
        self._c = tuple(c)

    def __len__(self):
        return len(self._c)

    def __getitem__(self, i):
        return self._c[i]

    def __iter__(self):
        return iter(self._c)

    def __eq__(self, o):
        return isinstance(o, Vector) and self._c == o._c

    def __hash__(self):
        return hash(self._c)

    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self, o)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return self * -1

    def __bool__(self):
        return any(self._c)

    def __repr__(self):
        return "Vector(" + ", ".join(map(str, self._c)) + ")"

    def __lt__(self, o):
        return self._c < o._c


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v * w, 2 * v, -v, v == Vector(1, 2, 3), bool(Vector(0, 0)), len(v), v[1], v[-1])
print(sorted([w, v]), {v: 1, Vector(1, 2, 3): 2}, list(v), max(v))
