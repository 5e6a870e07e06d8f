# Garbage cycles whose members reference each other through tuples, lists,
# dicts, cells and functions (the delete phase clears each and then releases
# them in list order, some still referenced by a member not yet released),
# with the collector running automatically between allocations, and objects
# that stay reachable from one member of a garbage cycle surviving it.
import gc

kept = []


def build(i):
    box = []
    t = (box, i)
    box.append(t)  # list <-> tuple
    d = {"t": t}
    box.append(d)  # dict -> tuple -> list -> dict

    def f():
        return d, f

    d["f"] = f  # function -> cell(d), cell(f) -> function
    survivor = [i]
    box.append(survivor)
    if i % 10 == 0:
        kept.append(survivor)  # outlives the cycle that held it
    return len(box)


gc.set_threshold(50, 5, 5)
total = 0
for i in range(3000):
    total += build(i)
gc.collect()
print(total, len(kept), sum(s[0] for s in kept))
print([s for s in kept[:5]])
print(gc.collect())
