import string
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdabcd".translate(t))
print("hello".translate({ord("l"): "L", ord("o"): None, 104: 72}), "héllo".translate({233: "e"}))
print("x".maketrans({"a": "b", 99: None}), "punct, marks!".translate(str.maketrans("", "", string.punctuation)))
print("abc".translate([None, None, None] + list(range(3, 200))))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
            lambda: "a".translate({97: 1.5}), lambda: str.maketrans("a", 1), lambda: str.maketrans([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
