# bytes/bytearray split and rsplit: maxsplit from both ends, ASCII-only whitespace,
# separators that overlap, and the types of the pieces.
data = b"  alpha beta\tgamma\n delta  "
for n in (-1, 0, 1, 2, 3, 10):
    print(n, data.split(None, n), data.rsplit(None, n))
    print(n, data.split(maxsplit=n), data.rsplit(maxsplit=n))
print(b"a,b,,c,".split(b",", 2), b"a,b,,c,".rsplit(b",", 2))
print(b"a,b,,c,".split(b","), b"a,b,,c,".rsplit(b","))
# separators that overlap: rsplit cuts from the right even without maxsplit
for s in (b"aaa", b"aaaa", b"aaaaa", b"xaaay"):
    print(s.split(b"aa"), s.rsplit(b"aa"), s.rsplit(b"aa", 1))
# only ASCII whitespace separates bytes (\x1c-\x1f and \x85, \xa0 do not)
print(b"a\x1cb\x1fc\x85d\xa0e f".split())
print(b"a\x0bb\x0cc\rd".split(), b"a\x0bb\x0cc\rd".rsplit(None, 1))
print(b"".split(), b"".rsplit(), b"".split(b"x"), b"   ".split(), b"   ".rsplit(None, 0))
ba = bytearray(b" x  y z ")
parts = ba.rsplit(None, 1)
print(parts, [type(p).__name__ for p in parts])
parts = ba.split(b" ")
print(parts, [type(p).__name__ for p in parts])
for bad in ((b"",), (1,), ("x",)):
    try:
        b"abc".split(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b"abc".rsplit(b"b", "1")
except TypeError as e:
    print("TypeError", e)
