# A hand-written record class on tuple, the way namedtuple is built.
class Pair(tuple):
    __slots__ = ()
    _fields = ("left", "right")

    def __new__(cls, left, right):
        return tuple.__new__(cls, (left, right))

    left = property(lambda self: self[0])
    right = property(lambda self: self[1])

    def __repr__(self):
        return "Pair(left=%r, right=%r)" % self

    def swap(self):
        return type(self)(self.right, self.left)


p = Pair([1], "r")
print(p, p.swap(), p.left, p.right, p == ([1], "r"), p.swap().swap() == p)
print(dict([Pair("k", "v")]), sorted([Pair(2, 1), Pair(1, 2)]), set(map(type, [p, p.swap()])) == {Pair})
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
l, r = p
l.append(2)
print(p, len(Pair(0, 0)), Pair(*"ab"), Pair(left=1, right=2))
