class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "both!"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"


class Fmt:
    def __format__(self, spec):
        return "fmt[" + spec + "]"


b, r = Both(), OnlyRepr()
print(b, repr(b), str(b), [b], f"{b} {b!r}", "%s %r" % (b, b))
print(r, str(r), [r, r], {"k": r})
print(f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()))
try:
    format(OnlyRepr(), "d")
except TypeError as e:
    print(e)


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print(e)
print(f"{r!s:>12}|")
