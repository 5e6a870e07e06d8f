# enumerate over a tuple (its items taken in place) and UNPACK_SEQUENCE of
# an exact tuple of the right length (its items pushed without a copy):
# results, starts past the small-int range, a tuple iterator consumed
# before and after, recycled result tuples kept by the program, and the
# unpacking errors and other sequences that take the general path.
t = (3, "a", None, 2.5, (1, 2))
print(list(enumerate(t)), list(enumerate(t, 10)), list(enumerate((), 5)))
print(list(enumerate(t, 2**62 - 2)), list(enumerate(t[:2], -(2**63))))
it = iter(t)
next(it)
e = enumerate(it)
print(next(e), list(e), list(e), list(it))
kept = []
for pair in enumerate((7, 8, 9)):
    kept.append(pair)
print(kept, [p is q for p, q in zip(kept, kept[1:])])
print(sum(i * v for i, v in enumerate((3, 1, 4, 1, 5))))
total = 0
for i, (a, b) in enumerate(((1, 2), (3, 4))):
    total += i * a + b
print(total)

# unpacking exact tuples
a, b = 1, 2
a, b = b, a
x, y, z = (i * i for i in range(3))
(p, q), r = (1, 2), 3
print(a, b, x, y, z, p, q, r)
for first, *rest in ((1, 2, 3), (4,)):
    print(first, rest)


class T(tuple):
    def __iter__(self):
        return iter(("sub", "class"))


u, v = T((1, 2))
print(u, v)
for bad in ((1, 2, 3), (1,), (), [1, 2, 3], "abc", 5, {1: 2, 3: 4, 5: 6}):
    try:
        m, n = bad
        print("ok", m, n)
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
big = tuple(range(20))
(*head, last) = big
print(len(head), last)
try:
    a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8 = big
except ValueError as err:
    print("ValueError:", err)
a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9 = big
print(a0, b9)
