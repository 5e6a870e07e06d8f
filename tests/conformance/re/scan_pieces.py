# findall, split and sub build their pieces natively: str (ASCII and not),
# bytes and bytearray subjects, groups that did not take part, empty matches,
# maxsplit and count, templates with group references, and type mismatches.
import re

subjects = ["a1b22c333", "héllo wörld ☃ 12 ünï", "", "xyz", "日本語の テキスト 3つ"]
patterns = [r"\d+", r"(\d)(\d)?", r"\w+", r"", r"(?P<w>\w)|(\s)", r"x*", r"(ö|ü)"]
for s in subjects:
    for p in patterns:
        c = re.compile(p)
        print(repr(s), repr(p))
        print("  findall", c.findall(s))
        print("  split", c.split(s), c.split(s, maxsplit=1), c.split(s, 2))
        print("  sub", repr(c.sub("<\\g<0>>", s)), c.subn("-", s, count=2))
        if c.groups:
            print("  sub groups", repr(c.sub(r"[\1|\g<1>]", s)))
        print("  findall pos", c.findall(s, 2), c.findall(s, 1, 5))
for b in (b"ab12cd345", bytearray(b"ab12cd345")):
    print(re.findall(rb"\d", b), re.findall(rb"(\d)(x)?", b), re.split(rb"(\d)", b))
    print(re.sub(rb"\d+", b"#", b), re.subn(rb"(\d)", rb"<\1>", b, 1), type(re.sub(rb"z", b"", b)))
    print(re.split(rb"\d+", b, maxsplit=1), re.findall(rb"", b[:2]))
for args in ((b"a", "x", b"abc"), (b"a", "x", b"zzz"), ("a", b"x", "abc"), ("a", "x", bytearray(b"a")),
             (b"a", bytearray(b"y"), b"a"), ("a", "x", 5), ("(a)", r"\2", "a")):
    try:
        print(repr(re.sub(*args)))
    except Exception as e:
        print(type(e).__name__, e)
print(re.split(r"x", "axbxc", maxsplit=-1), re.sub("a", "b", "aaa", count=-1))
print(re.sub("(a)|b", r"[\1]", "abab"), re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"))
big = "ab " * 3000
print(len(re.findall(r"\w+", big)), len(re.split(r" ", big)), len(re.sub(r"b", "BB", big)))
