s = {x % 4 for x in range(20)}
print(sorted(s))
print(sorted({c for c in "hello world" if c != " "}))
print(len({(i, j) for i in range(3) for j in range(3)}))
print({x * 2 for x in [1, 1, 2]})
print(sorted({w.lower() for w in ["A", "a", "B", "b", "C"]}))
