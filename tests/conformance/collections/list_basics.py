xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(len(xs), xs[0], xs[-1])
xs[0] = 30
print(xs)
xs[-2] = 20
print(xs)
print(xs[2:5], xs[::3], xs[::-1])
print(xs[1:-1:2])
print(min(xs), max(xs), sum(xs))
print(sorted(xs))
print(xs)
ys = xs
ys.append(0)
print(len(xs))
zs = xs[:]
zs.append(99)
print(len(xs), len(zs))
print(list(range(5)))
print([] == [], [1] != [1, 1])
