# slices of big ranges are ranges, computed with ints of any size
r = range(10 ** 20, 10 ** 21, 7)
print(r[:3], r[5:2], r[::-1][:2], r[10 ** 10:10 ** 10 + 3], r[-2:], r[::10 ** 19])
print(list(r[:3]), list(r[-3:]), list(r[:-10 ** 30]), r[2 ** 70:])
print(range(10)[::-1], range(10)[2:8:3], range(10)[-100:100], range(0, -10, -1)[::2], range(5)[5:])
print(range(10)[1:2 ** 80], range(10)[-2 ** 80:3], range(10)[::2 ** 70], range(-2 ** 63, 2 ** 63 - 1)[::2 ** 62])
for s in [slice(None, None, 0), slice('a', None), slice(None, 1.0)]:
    try:
        print(range(10)[s])
    except Exception as e:
        print(type(e).__name__ + ':', e)
