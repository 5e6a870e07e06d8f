xs = [1, 2, 3]
r = [x for x in xs if (xs.append(x * 10) if x < 3 else None) is None][:0]
print(r, xs)
ys = [0, 1, 2]
out = [y + 1 for y in ys]
print(out)
m = map(lambda v: v * 2, [1, 2, 3])
print([v for v in m])
print([v for v in m])
z = zip("ab", [1, 2])
print({k: v for k, v in z})
print(dict(z))
