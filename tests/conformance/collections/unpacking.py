a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q] = [6, 7]
print(p, q)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
m, *n = [1]
print(m, n)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
s1, s2, s3 = "xyz"
print(s3, s2, s1)
a = b = c = 0
print(a, b, c)
xs = [0, 0]
i = 0
i, xs[i] = 1, 9
print(i, xs)
