# The ascii conversion in every formatting syntax: ascii(), %a, {!a} and f"{x!a}".
values = ["plain", "caf\u00e9", "snow \u2603", "\U0001f600 face", 42, ["\u00fc", b"\xff"], {"k\u00e9": 1.5}]
for v in values:
    print(ascii(v))
    print("%a" % (v,))
    print("{!a}".format(v))
    print(f"{v!a}")
print("%-12a|%12a|" % ("\u00e9", "x"))
print("{0!a:>15}|{0!r:<10}|{0!s:^9}|".format("\u00e9t\u00e9"))
w = "\u00e9"
print(f"{w!a:*^11}", f"{w!r}", f"{w!s}")


class Custom:
    def __repr__(self):
        return "Custom(\u00df)"


print(ascii(Custom()), "%a" % Custom(), f"{Custom()!a}", "{!a}".format(Custom()))
