# int(str) forms past int64: underscores, whitespace, signs, bases and
# prefixes, and the errors for malformed text
forms = [
    "123456789012345678901234567890", "  -98765432109876543210987654321  ",
    "+1_000_000_000_000_000_000_000", "\t\n 18446744073709551616\r\n",
    "0x_ffff_ffff_ffff_ffff_ffff", "-0b" + "1" * 130, "0o" + "7" * 50,
    "9223372036854775807", "9223372036854775808", "-9223372036854775808",
    "-9223372036854775809", "0" * 40 + "12", "00000000000000000000000000000",
]
for f in forms:
    for base in (0, 10, 16):
        try:
            print(repr(f[:20]), base, int(f, base))
        except ValueError as e:
            print(repr(f[:20]), base, "ValueError", str(e)[:70])
for text, base in (("zzzzzzzzzzzzzzzzzzzzzz", 36), ("ZZZZZZZZZZZZZZZZZZZZZZ", 36),
                   ("1" * 70, 2), ("1" * 70, 3), ("12" * 20, 7), ("g" * 20, 17)):
    print(base, int(text, base))
for bad in ("1__000000000000000000000", "_1000000000000000000000", "1000000000000000000000_",
            "12345678901234567890x", "0x", "- 12345678901234567890", "1 2345678901234567890",
            "0b12", "", "  ", "0o8"):
    try:
        print(int(bad, 0))
    except ValueError as e:
        print("ValueError", e)
for bad in ("123456789012345678901234567890a", "12345678901234567890.5"):
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError", e)
