nums = [2**64, -2**64, 10**50 + 7, -(3**200), 2**1000 - 1, 16**40]
for n in nums:
    s = str(n)
    assert int(s) == n
    print(len(s), s[:25], repr(n) == s)
    for f, base in ((hex, 16), (oct, 8), (bin, 2)):
        t = f(n)
        assert int(t, 0) == n, (f, n)
        assert int(t, base) == n
    print(hex(n)[:20], oct(n)[-10:], bin(n)[:12])
print(int("1_000_000_000_000_000_000_000_000"), int("  +123456789012345678901234567890\n"))
print(int("zzzzzzzzzzzzzzzzzzzzzzz", 36), int("-0b" + "1" * 100, 0), int("7" * 40, 8))
for bad in ("1__0", "12a" * 10, "0x", "_1" * 20):
    try:
        int(bad)
    except ValueError as e:
        print(e)
print(int("9" * 4300) % 97)
try:
    int("9" * 4301)
except ValueError as e:
    print(e)
try:
    str(10**4300)
except ValueError as e:
    print(e)
print(len(str(10**4299)), len(hex(10**5000)))
