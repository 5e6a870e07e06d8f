# `fmt % n` with one bare %d/%i/%u/%s and a small int (the one-allocation
# path) against the general formatter: signs, zero, the ends of the small
# range and past it, the directive at either end, non-ASCII text around it,
# 1-tuples, bools and int subclasses (which take the general path), and the
# errors of formats the path must leave alone.
for n in (0, 7, -7, 10, -10, 123456789, -987654321, 2**61, -(2**61), 2**62 - 1, -(2**62),
          2**62, -(2**62) - 1, 2**64, -(2**70)):
    print("w%d" % n, "%i|" % n, "[%u]" % n, "%s" % n, "x%dy" % (n,), "%d" % n)
print("é%dü" % 42, "日本%s語" % -5, len("é%dü" % 42), "%d€" % 3)
print("%d" % True, "%s" % False, "%i" % True, "a%sb" % (True,))


class I(int):
    def __str__(self):
        return "I-str"

    def __repr__(self):
        return "I-repr"


print("%d" % I(5), "%s" % I(5), "%s" % (I(6),), "%u" % I(-3))
# formats the one-int path does not take
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %o %X %c %r %a" % (255, 8, 255, 65, 7, 7))
print("%d%%" % 50, "%%%d" % 5, "%d %d" % (1, 2), "%.3d" % 7, "%(a)d" % {"a": 9})
print("%s" % "text", "<%s>" % ("t",), "%s" % (1.5,), "%d" % 2.7, "%s" % None)
for fmt, arg in (("%d", ()), ("%d", (1, 2)), ("%d", "x"), ("%z", 1), ("%", 1), ("w%d%", 1),
                 ("%d", [1]), ("no directive", 5), ("%s %s", 5), ("%(k)d", 5), ("%*d", 5)):
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# the result is a new str each time, equal to str(n) inside
words = ["w%d" % (k * 7919 % 5003) for k in range(2000)]
print(len(set(words)), words[:5], words[-3:], sum(map(len, words)))
print(all(w == "w" + str(k * 7919 % 5003) for w, k in zip(words, range(2000))))
s12 = "w%d" % 12
print(hash(s12) == hash("w12"), s12 == "w12", s12 < "w2", s12.isascii(), len("ü%dé" % -1))


# a tuple subclass is the argument tuple; other subclasses are one argument
class T(tuple):
    pass


class F(float):
    def __str__(self):
        return "F-str"


print("%s-%s" % T((1, 2)), "%s" % F(1.5), "%d" % F(2.5))
try:
    print("%d %d" % T((1,)))
except TypeError as e:
    print("TypeError:", e)
