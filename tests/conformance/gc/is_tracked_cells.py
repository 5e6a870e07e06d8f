# gc.is_tracked of closures and their cells: CPython 3.11 tracks every cell
# and every function, whatever the cell holds (closured keeps a cell of
# numbers off the collector's lists, and answers as CPython does).
import gc


def mk(n):
    def f(x):
        return x * n
    return f


f = mk(3)
print(gc.is_tracked(f), gc.is_tracked(f.__closure__[0]))
gc.collect()
print(gc.is_tracked(f), gc.is_tracked(f.__closure__[0]))


def holder():
    items = []

    def g():
        return items
    return g


g = holder()
print(gc.is_tracked(g), gc.is_tracked(g.__closure__[0]))


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def box():
        nonlocal n
        n = [n]
        return n
    return inc, box


inc, box = counter()
inc()
print(gc.is_tracked(inc.__closure__[0]), gc.is_tracked(box))
box()
print(gc.is_tracked(inc.__closure__[0]), inc.__closure__[0] is box.__closure__[0])


def later():
    def h():
        return v
    cell = h.__closure__[0]
    before = gc.is_tracked(cell)
    v = "a str"
    return before, gc.is_tracked(cell), cell.cell_contents


print(later())


def self_ref():
    def again(k):
        return again(k - 1) if k else 0
    return again


gc.collect()
a = self_ref()
print(gc.is_tracked(a), gc.is_tracked(a.__closure__[0]))
del a
print(gc.collect() > 0)
cells = [mk(i).__closure__[0] for i in range(5)]
print([gc.is_tracked(c) for c in cells], [c.cell_contents for c in cells])
print(gc.collect() > 0)
