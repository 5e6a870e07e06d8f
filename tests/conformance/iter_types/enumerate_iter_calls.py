# `for k, p in enumerate(...)` over iterators of lists and tuples, whose
# items are pairs, then over a tuple, with keyword calls and method calls
# in the loop's body and a filter on the count: each item reaches its
# target once, the counts stay in step with the items.

keep = []
for k, p in enumerate(iter([(0, 1), (1, 2), (2, 3), (3, 4)])):
    if k % 3 == 0:
        keep.append(p)
for k, p in enumerate((5, 6, 7, 8)):
    if k % 3 == 0:
        keep.append(p)
print(keep)


def tag(value, *, mark="-", width=2):
    return mark * width + str(value)


def fwd(*args, **kwargs):
    return tag(*args, **kwargs)


rows = []
for k, (a, b) in enumerate(iter(((1, 2), (3, 4), (5, 6)))):
    rows.append(tag(a + b, mark="*", width=k))
for k, p in enumerate(iter((("x", 1), ("y", 2)))):
    rows.append(fwd(p, mark="+"))
for k, p in enumerate([[9], [8], [7]], 10):
    if k % 2 == 0:
        rows.append(fwd(p, width=k - 9))
print(rows)

# the same iterator advanced by next() between loops, and loops nested
it = iter([(i, i * i) for i in range(7)])
first = next(it)
out = [first]
for k, p in enumerate(it):
    if k % 3 == 0:
        out.append((k, p))
    for j, q in enumerate(p):
        if j and q > 10:
            out.append(tag(q, mark="#", width=j))
print(out)

# pairs of mixed kinds: ints, floats, strs and None compared in the body
mixed = [(1, 2.5), ("a", "b"), (None, 0), (3, 3)]
for k, p in enumerate(iter(mixed)):
    a, b = p
    print(k, a == b, k % 3 == 0, p)
for k, p in enumerate(tuple(mixed)):
    print(k, p[0] == p[1])
