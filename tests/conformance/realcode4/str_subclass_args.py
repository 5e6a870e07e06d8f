# A str subclass (an HTML-safe string, a str-valued enum member) is a str
# wherever str's methods and operators take text: its characters are used
# and its own methods are not consulted.
import enum


class Safe(str):
    def __str__(self):
        return "never used"


class Sep(str, enum.Enum):
    COMMA = ","
    DASH = "-"


s = Safe("b")
print(s in "abc", "zz" in Safe("abzz"))
print("abc".find(s), "abcb".rfind(s), "abc".index(s), "abcb".rindex(s), "abcb".count(s))
print("a,b,c".split(Sep.COMMA), "a-b-c".rsplit(Sep.DASH, 1))
print("a,b".partition(Sep.COMMA), "a,b,c".rpartition(Sep.COMMA))
print("abc".replace(s, "X"), "abc".replace("b", Safe("<b>")))
print("abc".startswith(Safe("a")), "abc".endswith((Safe("x"), Safe("c"))))
print("xxaxx".strip(Safe("x")), "xxa".lstrip(Safe("x")), "axx".rstrip(Safe("x")))
print("ab".center(6, Safe("*")), "ab".ljust(4, Safe(".")), "ab".rjust(4, Safe(".")))
print("prefix-body".removeprefix(Safe("prefix-")), "body.txt".removesuffix(Safe(".txt")))
print(Sep.COMMA.join(["x", Safe("y"), Sep.DASH]))
print(type(",".join([Safe("a")])).__name__, ",".join([Safe("a"), "b"]))
print("abc".translate({ord("b"): Safe("B")}))
print(ord(Safe("z")), format(42, Safe(">6")), getattr(1, Safe("real")))
print("é".encode(Safe("utf-8")))
for bad in ("'abc'.find(1)", "'abc'.split(2)", "1 in 'abc'", "'abc'.replace(1, 'x')"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
