# list, tuple and sorted of a generator expression run as a loop of the
# calling code when the name is that builtin (compile_genexpr.c).
import builtins


def make(n):
    return (list(i * i for i in range(n) if i % 2),
            tuple(c * 2 for c in "ab" for _ in range(n)),
            sorted((n - i) % 5 for i in range(n)))


print(make(0), make(1), make(7))
print(list(x for x in []), tuple(x for x in []), sorted(x for x in []))
print(sorted(x for x in [3]), sorted(x for x in [2.5, 1, True, -3]))
print(sorted(w for w in "the quick brown fox".split()))

# the sort happens after the loop, with sorted()'s errors
try:
    sorted(x for x in [1, "a", 2])
except TypeError as e:
    print("TypeError:", e)


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


print(sorted(Loud(v) for v in (3, 1, 2)))

# errors and PEP 479 inside the loop
try:
    list(1 // x for x in (1, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def stops():
    it = iter(())
    return tuple(next(it) for _ in "a")


try:
    stops()
except RuntimeError as e:
    print("RuntimeError:", e)

# names rebound: the callable at run time decides, the loop is the same
list, tuple = tuple, list
print(list(x for x in "xy"), tuple(x for x in "xy"))
del list, tuple
sorted = list
print(sorted(x for x in [3, 1, 2]))
del sorted


def local_shadow():
    list = lambda g: ("mine", next(g))  # noqa: E731
    return list(x for x in [5, 6])


print(local_shadow())
real = builtins.sorted
builtins.sorted = lambda g, **kw: "replaced"
print(sorted(x for x in [2, 1]))
builtins.sorted = real
print(sorted(x for x in [2, 1]))
print(list(x for x in range(3)) == [0, 1, 2], type(tuple(x for x in "")).__name__)


# a list of the items keeps them alive; the loop's own slots do not
class Noisy:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("del", self.v)


def keep():
    got = list(Noisy(i) for i in range(2))
    print("made", [o.v for o in got])
    del got
    print("dropped")


keep()
