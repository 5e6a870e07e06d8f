# tuple subclasses: __new__ through tuple.__new__, properties over items,
# unpacking, hashing, comparison, concatenation and %-formatting.
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(1, 2)
q = p.moved(3, 4)
print(p, q, p.x, q.y, p[0], p[-1], p[:1], len(p))
x, y = q
print(x, y, list(p), tuple(q), sorted([q, p]), max(p))
print(p == (1, 2), (1, 2) == p, p < q, hash(p) == hash((1, 2)), p in {(1, 2): "yes"})
print(p + (9,), (0,) + p, p * 2, "%d/%d" % p, str(p), repr(p))
print(isinstance(p, tuple), type(p + p).__name__, Point.__mro__[1].__name__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p[0] = 5
except TypeError as e:
    print(e)


class Pair(tuple):
    pass


pr = Pair([1, 2])
print(pr, pr.count(1), pr.index(2), type(pr).__name__)
pr.note = "attrs allowed without __slots__"
print(pr.note)
