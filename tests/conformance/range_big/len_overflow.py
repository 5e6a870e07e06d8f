# len() of a range past 2**63 - 1 items is CPython's OverflowError; everything else works
huge = range(10 ** 20)
print(huge[10 ** 19], huge[-1], huge[-10 ** 20], 10 ** 19 in huge, 10 ** 20 in huge, -1 in huge)
print(range(2 ** 64)[2 ** 63], range(-2 ** 63, 2 ** 63 - 1)[-1], bool(huge))
for f in [lambda: len(huge), lambda: len(range(-2 ** 63, 2 ** 63 - 1)), lambda: huge[10 ** 20],
          lambda: huge[-10 ** 20 - 1], lambda: range(5)[10 ** 20], lambda: range(5)[-10 ** 20],
          lambda: huge['x'], lambda: range(1, 2, 0), lambda: range(1, 10 ** 20, 0), lambda: range(1.5),
          lambda: range(10 ** 20, 1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(len(range(10 ** 20, 10 ** 20 + 2 ** 62)), len(range(2 ** 200, 2 ** 200 + 5, 2)))
