def stats():
    n = 0
    total = 0
    lo = None
    hi = None
    def add(v):
        nonlocal n, total, lo, hi
        n += 1
        total += v
        lo = v if lo is None or v < lo else lo
        hi = v if hi is None or v > hi else hi
    def report():
        return n, total, lo, hi, total / n if n else 0
    return add, report
add, report = stats()
print(report())
for v in [5, 3, 9, 1, 7]:
    add(v)
print(report())
print(add.__code__.co_freevars)
print(report.__code__.co_freevars)
