print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3])})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({w: len(w) for w in ["hi", "hello", "hi"]})
print({i % 3: i for i in range(10)})
print({k: [x for x in range(k)] for k in range(4) if k})
words = ["apple", "bob", "anna", "cat"]
print({w: w == w[::-1] for w in words})
