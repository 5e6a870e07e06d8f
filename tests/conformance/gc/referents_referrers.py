import gc
# gc.get_referents / gc.get_referrers on heap objects (small ints are not
# objects in closured, so only containers and strings are compared).
a = ["alpha"]
b = [a, a]
c = {"key": a}
refs = gc.get_referents(b)
print(len(refs), refs[0] is a, refs[1] is a)
print(gc.get_referents(1), gc.get_referents())
holders = gc.get_referrers(a)
print(any(h is b for h in holders), any(h is c for h in holders))
def outer():
    x = [1, 2]
    def inner():
        return x
    return inner, x
f, x = outer()
cell = f.__closure__[0]
print(cell.cell_contents is x)
print(any(r is cell for r in gc.get_referrers(x)))
print(any(r is x for r in gc.get_referents(cell)))
