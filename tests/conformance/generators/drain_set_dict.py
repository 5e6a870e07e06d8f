# set() and dict() over generators (one loop for all the items, gen.h
# rt_gen_drain): errors midway, bad pairs, a drain inside the sink of
# another drain of the same generator, and of other generators.
def pairs(n, bad_at=None):
    for i in range(n):
        if i == bad_at:
            yield (i,)
        else:
            yield (i, i * i)


def report(name, fn):
    try:
        print(name, fn())
    except Exception as e:
        print(name, type(e).__name__, e)


report("set", lambda: sorted(set(x % 7 for x in range(40))))
report("set midway", lambda: set(10 // (3 - x) for x in range(6)))
report("set unhashable", lambda: set([x] for x in range(3)))
s = {1}
s.update(x * 2 for x in range(4))
print(sorted(s))
report("dict", lambda: dict(pairs(5)))
report("dict bad pair", lambda: dict(pairs(5, bad_at=3)))
report("dict not a pair", lambda: dict(x for x in range(3)))
report("dict strings", lambda: dict(s for s in ["ab", "cd"]))
d = {"a": 1}
d.update((k, len(k)) for k in ["bb", "ccc"])
print(d)
report("frozenset", lambda: sorted(frozenset(c for c in "hello")))


def self_drain():
    g = (x for x in range(10))

    def key(x):
        if x == 3:
            print("  inner sum", sum(g))
        return x

    return max(g, key=key)


report("drain inside a drain of the same generator", self_drain)


def nested_other():
    outer = (x for x in range(5))
    return [sum(y for y in range(x)) for x in outer], list(list(range(x)) for x in outer)


print(nested_other())
