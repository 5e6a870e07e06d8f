calls = []
def f(x):
    calls.append(x)
    return x * 10
r = [f(x) for x in range(4) if x != 2]
print(r, calls)
words = ["Hello", "World", "from", "Python"]
print([w.lower() for w in words if w[0].isupper() if len(w) > 4])
print([w[::-1] for w in words])
print(sorted([w for w in words], key=lambda w: len(w)))
print([str(i) + ":" + w for i, w in enumerate(words)])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
