def scale(xs, factor):
    return [x * factor for x in xs]
print(scale([1, 2, 3], 10))
def filt(xs, lo, hi):
    return [x for x in xs if lo <= x < hi]
print(filt(range(20), 5, 9))
def table(n):
    base = 100
    return {i: base + i * n for i in range(3)}
print(table(7))
def outer():
    k = 2
    def inner(xs):
        return [x ** k for x in xs]
    r1 = inner([1, 2, 3])
    k = 3
    r2 = inner([1, 2, 3])
    return r1, r2
print(outer())
