def g(n):
    for i in range(n):
        yield (n - i) % 4

print(sorted(g(6)), min(g(6)), max(g(6)), len(list(g(6))))
print(list(enumerate(g(3))), list(zip(g(3), g(4))))
print(list(map(str, g(3))), list(filter(None, g(5))))
print(set(g(8)) == {0, 1, 2, 3}, dict(zip("abc", g(3))))
print(" ".join(str(x) for x in g(5)))
print(list(reversed(list(g(4)))))
a, b, c = g(3)
print(a, b, c)
first, *rest = g(5)
print(first, rest)
print([*g(2), *g(3)])
print(3 in g(5), 7 in g(5))
print(sum(g(100)), any(g(1)), all(g(3)))
