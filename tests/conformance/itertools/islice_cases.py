# islice: stop, start/stop/step, None, consumption of a shared iterator, errors.
from itertools import islice, count

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice([], 3)))
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2, 2)), next(it))
print(list(islice(count(), 5, 10)), list(islice("ab", 5)), list(islice("abc", None)))
for args in [(-1,), (1, -1), (0, 3, 0), ("a",), (1, 2, -1)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print("ValueError:", e)
