def batched(iterable, n):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)

print(list(batched(range(7), 3)))
print(list(batched("abcd", 2)))
print(list(batched([], 2)))

def window(xs, k):
    it = iter(xs)
    win = []
    for x in it:
        win.append(x)
        if len(win) > k:
            win.pop(0)
        if len(win) == k:
            yield tuple(win)
print(list(window(range(5), 3)))
