xs = [5, 2, 8, 1, 9, 3]
print(sorted(xs), xs)
print(sorted(xs, reverse=True))
words = ["banana", "Apple", "cherry", "date", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted({"z": 1, "y": 2}))
print(sorted("hello"))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted([3.5, 1, 2.25, -1]))
print(sorted([]))
