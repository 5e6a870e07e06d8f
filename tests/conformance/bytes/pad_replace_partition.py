# bytes center/ljust/rjust/zfill (odd padding), replace with a count, partition and strip
# with a set of bytes, for bytes and bytearray.
for s in (b"", b"a", b"ab", b"abc"):
    for w in (0, 3, 4, 5, 6):
        print(repr(s.center(w, b"*")), repr(s.ljust(w, b"-")), repr(s.rjust(w)), repr(s.zfill(w)))
for s in (b"-7", b"+7", b"7", b"-", b"--1"):
    print(s.zfill(4), bytearray(s).zfill(5))
print(bytearray(b"ab").center(7, b"."), type(bytearray(b"ab").center(1)).__name__)
try:
    b"a".center(5, b"xy")
except TypeError as e:
    print("TypeError", e)
try:
    b"a".ljust(5, "x")
except TypeError as e:
    print("TypeError", e)
s = b"one two one two one"
for count in (-1, 0, 1, 2, 5):
    print(count, s.replace(b"one", b"1", count), s.replace(b"", b"|", count))
print(bytearray(b"aaa").replace(b"a", b"bb", 2), b"abc".replace(b"x", b"y"))
for sep in (b"o", b"two", b"zz"):
    print(s.partition(sep), s.rpartition(sep))
print(bytearray(b"k=v=w").partition(b"="), bytearray(b"k=v=w").rpartition(b"="))
try:
    s.partition(b"")
except ValueError as e:
    print("ValueError", e)
print(b"xxhixyx".strip(b"xy"), b"xxhixyx".lstrip(b"x"), b"xxhixyx".rstrip(b"yx"), b"\t hi \n".strip())
print(b"abc".removeprefix(b"ab"), b"abc".removesuffix(b"bc"), b"abc".removeprefix(b""), b"abc".removesuffix(b"abcd"))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), bytearray(b", ").join([b"x", b"y"]))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print("TypeError", e)
print(b"abcabc".find(b"c", 3), b"abcabc".rfind(b"a", 0, 4), b"abcabc".count(b"bc", 1), b"aaaa".count(b"aa"))
print(b"abc".count(b""), b"abc".count(b"", 1, 2), b"abc".find(98), b"abc".rindex(b"b"))
