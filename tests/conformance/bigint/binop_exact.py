# Binary operators on exact ints where one side is big: every operator at the limb
# boundaries (2**62 .. 2**64, 2**127 .. 2**128), signs mixed, % and // by negatives, the
# errors (zero divisors, @, negative shifts), and operands that are not exact ints (bool,
# an int subclass, float) taking the general path.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


edges = []
for base in (2 ** 62, 2 ** 63, 2 ** 64, 2 ** 127, 2 ** 128, 10 ** 30):
    for d in (-1, 0, 1):
        edges.append(base + d)
        edges.append(-(base + d))
small = [0, 1, -1, 2, -3, 7, 2 ** 31, -(2 ** 40), 2 ** 61, -(2 ** 61)]

ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b if 0 <= b < 5 else None),
    ("<<", lambda a, b: a << b if 0 <= b < 70 else None),
    (">>", lambda a, b: a >> b if 0 <= b < 200 else None),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
    ("/", lambda a, b: a / b),
]

check = 0
lines = 0
for name, f in ops:
    for a in edges:
        for b in small + edges[:6]:
            for x, y in ((a, b), (b, a)):
                r = attempt(lambda: f(x, y))
                if isinstance(r, str):
                    print(name, x, y, r)
                    lines += 1
                elif r is not None:
                    check = (check * 31 + hash(r)) % (2 ** 61 - 1)
print("checksum", check, lines)

big = 2 ** 100 + 12345
print(attempt(lambda: big @ 3), attempt(lambda: 3 @ big))
print(attempt(lambda: big << -1), attempt(lambda: big >> -1), attempt(lambda: big % 0))
print(attempt(lambda: big // 0), attempt(lambda: big / 0), attempt(lambda: 5 % -big))
print(-big % 7, -big // 7, big % -7, big // -7, -big % -big, 7 % big, -7 % big, -7 // big)
print(True + big, big - False, big * True, big % True)


class I(int):
    def __add__(self, other):
        return "I.__add__"

    def __radd__(self, other):
        return "I.__radd__"


print(I(3) + big, big + I(3), big * I(3), big - I(2 ** 90))
print(big + 0.5, 0.5 * big, attempt(lambda: 10 ** 400 + 1.0))
acc = 0
for k in range(300):
    acc += 3 ** k
    acc -= 2 ** k
    acc %= 10 ** 40 + k
print(acc)
