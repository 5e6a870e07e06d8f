# list() and list.extend of a range take its length first, as CPython does:
# a range longer than 2**63 - 1 is an OverflowError and one too long for
# memory a MemoryError, at once, instead of a list growing until the heap
# gives out.
for make in [lambda: list(range(10**20)), lambda: sorted(range(-(10**20), 0)),
             lambda: [].extend(range(0, 2**64, 1)), lambda: [1, 2].extend(range(2**62)),
             lambda: list(range(-(2**62), 2**62, 3))]:
    try:
        make()
        print("built")
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(list(range(5)), list(range(10**20, 10**20 + 3)), list(range(7, 1, -2)))
x = [0]
x.extend(range(3))
print(x, len(list(range(2**16))))
