# slice objects: start, stop, step and indices(), which __getitem__ and
# __setitem__ implementations read.
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice(None).step)
for sl in (slice(None), slice(1, None), slice(None, None, -1), slice(-3, None), slice(2, -2, 3),
           slice(0, 10 ** 30), slice(-10 ** 30, 3), slice(None, None, -2), slice(8, 1, -3)):
    for n in (0, 1, 5, 10):
        print(sl, n, sl.indices(n), list(range(n))[sl] == list(range(*sl.indices(n))))
for bad in (-1, "x", 1.5):
    try:
        slice(1, 2).indices(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    slice("a", 2).indices(3)
except TypeError as e:
    print("TypeError", e)


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(*i.indices(self.n)))
        return i


print(Seq(6)[1:5], Seq(6)[::-2], Seq(6)[-2:], Seq(6)[3], slice(1, 2).__class__.__name__)
print(slice(1, 2) == slice(1, 2), hasattr(s, "nothing"))
try:
    s.nothing
except AttributeError as e:
    print(e)
