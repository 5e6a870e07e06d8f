# equality, membership, count and index over big ranges
a = range(10 ** 20, 10 ** 20 + 10, 3)
print(a == range(10 ** 20, 10 ** 20 + 11, 3), a == range(10 ** 20, 10 ** 20 + 10, 2), a == a[:])
print(range(2 ** 70, 2 ** 70) == range(0), range(2 ** 70, 2 ** 70 + 1) == range(2 ** 70, 2 ** 70 + 1, 5))
print(10 ** 20 + 3 in a, 10 ** 20 + 4 in a, 10 ** 20 in a, 10 ** 20 + 9 in a, 10 ** 20 + 12 in a, 5 in a)
print(float(10 ** 20) in range(10 ** 20 - 1, 10 ** 20 + 1), True in range(2), 'x' in range(3))
print(a.count(10 ** 20 + 6), a.count(10 ** 20 + 7), a.index(10 ** 20 + 9), range(10).index(4), range(0, 20, 5).count(15))
print(range(3, 2 ** 64, 4).index(2 ** 63 + 3), range(10, 0, -2).index(4))
for f in [lambda: a.index(5), lambda: range(3).index('x'), lambda: range(10).index(11)]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError:', e)
