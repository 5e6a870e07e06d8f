# UnicodeDecodeError and UnicodeEncodeError carry encoding, object, start,
# end and reason; str() names the bad byte or character, or the range.
def show(e):
    print(type(e).__name__, "|", e)
    print("  ", e.encoding, repr(e.object), e.start, e.end, e.reason, len(e.args))


for data in (b"ok\xff", b"\xe2\x82", b"abc\xc3(", b"\x80\x81"):
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        show(e)
try:
    b"caf\xe9".decode("ascii")
except UnicodeDecodeError as e:
    show(e)
for text, codec in (("na\xefve", "ascii"), ("\u20ac\u20ac!", "latin-1"), ("x\U0001f600", "ascii"),
                    ("\udc80", "utf-8")):
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        show(e)

made = UnicodeDecodeError("utf-16", b"\x00\x01\x02", 1, 3, "truncated data")
show(made)
print(repr(made))
made = UnicodeEncodeError("ascii", "\u0100", 0, 1, "no")
show(made)
try:
    UnicodeDecodeError("utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    UnicodeEncodeError("ascii", "x", "0", 1, "r")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(made, UnicodeError), isinstance(made, ValueError))
try:
    raise UnicodeDecodeError("ascii", b"\xff", 0, 1, "ordinal not in range(128)")
except ValueError as e:
    print("caught as ValueError:", e.reason)
for bad in (("utf-8", 1, 0, 1, "r"), (1, b"x", 0, 1, "r"), ("utf-8", b"x", 0, 1, None)):
    try:
        UnicodeDecodeError(*bad)
    except TypeError as e:
        print("TypeError:", e)
