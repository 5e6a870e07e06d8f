import sys


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

print(2 ** 200, -(10 ** 30) // 7, (10 ** 30) % 97, int("9" * 50) + 1, hex(2 ** 70), (-5) ** 3)
print(f"{12345678.9:,.2f}|{0.000012345:.3g}|{1e22}|{float('nan')}|{-0.0}|{1/3:.20f}|{123:08b}|{'x':*^7}")
print("%s %r %5.2e %c %%" % ([1], "q", 12345.678, 65), "{!r:>6}".format("a"), format(3.0, "g"), repr(1e16), str(1.5e-7))
print(sys.maxsize, sys.getrecursionlimit(), sys.version_info >= (3, 8))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted([3, 1, 2], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
s = "héllo wörld ñ 日本"
print(len(s), s.upper(), s[::-1], s.encode("utf-8")[:8], s.find("ö"), s.split(" ", 1), ascii(s))
print([c for c in "a\tb\nc"], "x".join(["1", "2"]), "  a b  ".split(), "a,b;c".replace(";", ",").split(","))
print(int(" 42 "), float("1e3"), float("-inf"), round(-0.5))
try:
    int("4.5")
except ValueError as e:
    print(e)
try:
    [].index(3)
except ValueError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    x = undefined_thing
except NameError as e:
    print(e)
try:
    def f(a, b=1, *, c):
        pass
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, c=1, d=2)
except TypeError as e:
    print(e)
try:
    raise KeyError("a") from ValueError("b")
except KeyError as e:
    print(repr(e), repr(e.__cause__))


class Weird:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 1

    def __bool__(self):
        return False

    def __len__(self):
        return 3


w = Weird()
print(w == 1, w in [1], bool(w), len(w), {w: 1}[w], [1, 2].count(w))
print(1 < 2 < 3, 1 < 3 < 2, (1, 2) < (1, 3), [1] * 3, (0,) * 0, "ab" * -1)
a = [1, 2, 3, 4, 5]
a[1:3] = ["x"]
del a[::2]
print(a, a[-1:], a[10:], list(range(10))[::-3], list(range(5, -5, -3)))
t = 1, [2]
t[1].append(3)
try:
    t[1] += [4]
except TypeError as e:
    print(e, t)
d = dict.fromkeys("ab", 0)
d |= {"c": 1}
print(d, {**d, "a": 9}, d.setdefault("z", []), list(reversed(d)))
print(isinstance(True, int), True + True, type(None).__name__, NotImplemented, Ellipsis, ...)
print(chr(0x1F600), ord("€"), "\u00e9" == "é")
g = (i for i in range(3))
print(next(g), list(g), next(g, "done"))
print(max([], default=None), min("bca"), sum([[1], [2]], []), abs(-3.5), divmod(7.5, 2))
exec("z = 5\nprint('exec', z * 2)")
print(eval("1 + 2 * 3"), eval("[x for x in range(3)]"))
print(globals()["z"], "z" in dir())
