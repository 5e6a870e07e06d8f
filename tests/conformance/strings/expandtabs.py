for s in ["a\tb", "\t", "ab\tc\n\td", "é\tx", "12345678\tz", "a\r\tb", "no tabs", "x\ty\tz"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(tabsize=0)), repr(s.expandtabs(1)))
print(str.expandtabs("a\tb", 3))
try:
    "a".expandtabs("x")
except TypeError as e:
    print(e)
