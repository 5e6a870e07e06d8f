# str rsplit/split with whitespace and maxsplit (Unicode whitespace included), separators
# that overlap, strip with multi-byte characters, replace with a count, center with odd
# padding, partition and zfill.
text = "\u3000 alpha\u2003beta\tgamma\n\u00a0delta  \x1c"
for n in (-1, 0, 1, 2, 3, 10):
    print(n, text.split(None, n), text.rsplit(None, n))
print("a\x1cb\x1dc\x1ed\x1fe\x85f".split(), "a\x1cb\x85c".rsplit(None, 1))
for s in ("aaa", "aaaa", "aaaaa", "xaaay", "\u00e9\u00e9\u00e9"):
    sep = "\u00e9\u00e9" if "\u00e9" in s else "aa"
    print(s.split(sep), s.rsplit(sep), s.rsplit(sep, 1), s.split(sep, 1))
print("a,b,,c,".rsplit(",", 2), "".rsplit(), "".rsplit(","), "  ".rsplit(None, 0))
try:
    "abc".rsplit("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError", e)
print(repr("\u00e9\u00e8xyz\u00e8\u00e9".strip("\u00e9\u00e8")), repr("\u00e9a\u00e9".lstrip("\u00e9")),
      repr("a\u2003\u3000".rstrip()), repr("\u00e9".strip("\u00c3")), repr("x\u00a9".rstrip("\u00e9")))
for s in ("", "a", "ab", "\u00e9", "\u00e9\u00e8x"):
    for w in (0, 2, 3, 4, 5, 6):
        print(repr(s.center(w, "\u00b7")), repr(s.ljust(w, "-")), repr(s.rjust(w)), repr(s.zfill(w)))
print("-7".zfill(4), "+\u00e9".zfill(4), "-".zfill(3))
s = "\u00e9t\u00e9 \u00e9t\u00e9"
for count in (-1, 0, 1, 3):
    print(count, s.replace("\u00e9", "e", count), s.replace("", "|", count))
r = "abc"
print(r.replace("x", "y") is r, r.replace("", "", 0) == r)
for sep in ("\u00e9", "t\u00e9 ", "zz"):
    print(s.partition(sep), s.rpartition(sep))
h, m, t = "abc".partition("z")
print(m is t, h is r)
print("abc".removeprefix("ab"), "abc".removesuffix(""), "\u00e9a".removeprefix("\u00e9"))
print("\u00e9".join(["a", "b", "c"]), "".join([]))
try:
    ", ".join(["a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    ", ".join(5)
except TypeError as e:
    print("TypeError", e)
print("\u00e9a\u00e9a".find("a", 2), "\u00e9a\u00e9a".rfind("\u00e9"), "\u00e9a\u00e9a".count("\u00e9a"), "abc".count("", 1))
