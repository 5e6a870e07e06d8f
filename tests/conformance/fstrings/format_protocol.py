# An f-string field without a format spec is format(value, ''): a class's own
# __format__ gets the empty spec, !r/!s convert first, and an inherited __str__ is used
# when the class has no __format__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return "$%d.%02d%s" % (self.cents // 100, self.cents % 100, "[" + spec + "]" if spec else "")

    def __str__(self):
        return "Money(str)"

    def __repr__(self):
        return "Money(repr)"


class Plain:
    def __str__(self):
        return "plain str"


m = Money(1234)
print(f"{m}|{m:x}|{m!s}|{m!r}|{m!s:>12}|")
print(f"{Plain()}|{Plain()!r:.6}|{format(m)}|{str(m)}")
print("{}|{:y}|{!r}".format(m, m, m))
