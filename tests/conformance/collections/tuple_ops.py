t = (5, 3, 8, 3)
print(t[0], t[-1], t[1:3], t[::-1])
print(len(t), list(t).count(3), list(t).index(8))
print(3 in t, 7 in t)
print(sorted(t), tuple(sorted(t)))
a, b, c, d = t
print(a, b, c, d)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, 4))
for x, y in nested:
    print(x * y)
print(tuple(x * 2 for x in t))
print((1, 2) < (1, 3), (2,) > (1, 99))
print(max((1, "b"), (1, "a")))
