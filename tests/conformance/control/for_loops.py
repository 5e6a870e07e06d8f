for x in [1, 2, 3]:
    print("list", x)
for x in (4, 5):
    print("tuple", x)
for ch in "hi":
    print("str", ch)
for k in {"a": 1, "b": 2}:
    print("dict", k)
for k, v in {"a": 1, "b": 2}.items():
    print("items", k, v)
for v in {"a": 1, "b": 2}.values():
    print("values", v)
for n in sorted({3, 1, 2}):
    print("set", n)
for i in range(2, 11, 4):
    print("range", i)
for i, ch in enumerate("xyz"):
    print("enum", i, ch)
for a, b in zip([1, 2, 3], "ab"):
    print("zip", a, b)
for r in reversed([1, 2, 3]):
    print("rev", r)
for m in map(str, [7, 8]):
    print("map", repr(m))
for f in filter(None, [0, 1, "", "x", None, [], [0]]):
    print("filter", f)
for x in []:
    print("never")
print("loop var after:", x)
