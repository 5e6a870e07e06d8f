xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-1]
print(xs)
xs[len(xs):] = [100, 101]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[1:3]
print(xs)
del xs[::3]
print(xs)
ys = [1, 2, 3]
ys[1:2] = []
print(ys)
ys[:] = "xyz"
print(ys)
try:
    ys[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
