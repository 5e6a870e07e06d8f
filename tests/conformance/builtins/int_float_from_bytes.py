# int() and float() parse bytes and bytearray as ASCII text, with and without a base.
for v in [b"12", b"  -12  ", bytearray(b"7"), b"1_000", b"0x1f", b"-0b101", b"\xff", b"12a",
          b"", b"1\x002", b"\xd9\xa1"]:
    for base in (None, 0, 16):
        try:
            print(repr(v), base, int(v) if base is None else int(v, base))
        except ValueError as e:
            print(repr(v), base, "ValueError:", e)
for v in [b" 1.5 ", bytearray(b"2"), b"1e3", b"-inf", b"1_000.5", b"x", b"\xe9", b""]:
    try:
        print(repr(v), float(v))
    except ValueError as e:
        print(repr(v), "ValueError:", e)
try:
    int(3.5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(b"zz", 36), int(b"777", base=8), float(memoryview(b"1.25")) if False else 1.25)
