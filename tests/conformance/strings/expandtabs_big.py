# expandtabs takes a C int: a tab size past its range is OverflowError, not an allocation failure
for text in ("\t", "a\tb", "no tabs"):
    for size in (10 ** 12, -10 ** 12, 2 ** 31, -2 ** 31 - 1, 2 ** 100):
        try:
            text.expandtabs(size)
            print(repr(text), size, "ok")
        except OverflowError as exc:
            print(repr(text), size, "OverflowError", exc)
for data in (b"\t", b"x\ty"):
    try:
        data.expandtabs(10 ** 12)
    except OverflowError as exc:
        print(data, "OverflowError", exc)
    try:
        bytearray(data).expandtabs(tabsize=2 ** 40)
    except OverflowError as exc:
        print(bytearray(data), "OverflowError", exc)
print(repr("a\tb".expandtabs(-5)), repr("a\tb".expandtabs(0)), repr("ab\tc\n\td".expandtabs(3)))
print(repr("a\tb".expandtabs(2 ** 31 - 1 - 2 ** 31 + 4)), repr(b"a\tb".expandtabs(-2 ** 31)))
