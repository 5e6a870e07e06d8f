vals = [0, -1, 2.5, 1e100, "s", "it's", "", None, True, [1, "a"], (1,), (), {"k": "v"}, set(), {1}, [[]], "a\nb"]
for v in vals:
    print(str(v), "|", repr(v))
print(str("nested"), repr(repr("r")))
