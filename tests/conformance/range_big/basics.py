# ranges whose bounds are past 64 bits
r = range(10 ** 20, 10 ** 20 + 3)
print(r, list(r), r[0], r[-1], r[1], bool(r), r.start, r.stop, r.step)
print(range(-10 ** 30, -10 ** 30 + 10, 4), list(range(-10 ** 30, -10 ** 30 + 10, 4)))
print(list(range(2 ** 64 + 5, 2 ** 64, -2)), list(range(2 ** 64, 2 ** 64)), bool(range(2 ** 70, 2 ** 70)))
print(range(0, 2 ** 100, 2 ** 98), list(range(0, 2 ** 100, 2 ** 98)))
print(list(range(5, 10, 10 ** 20)), list(range(10, 5, -10 ** 20)), list(range(3, 2 ** 65, 2 ** 64)))
for x in range(2 ** 63 - 2, 2 ** 63 + 2):
    print(x, end=' ')
print()
print(sum(range(10 ** 18, 10 ** 18 + 1000)), max(range(2 ** 80, 2 ** 80 + 7)), min(range(-2 ** 80, 0, 2 ** 78)))
print(list(reversed(range(10 ** 20, 10 ** 20 + 3))), list(reversed(range(2 ** 65, 0, -2 ** 63))))
print(list(enumerate(range(2 ** 70, 2 ** 70 + 2))), list(zip(range(3), range(2 ** 64, 2 ** 65))))
