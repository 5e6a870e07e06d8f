# Tuples, dicts and lists born and freed in loops, in cycles and in
# chains far deeper than the C stack could follow: reference counting frees
# the chains iteratively (the trashcan), the collector frees the cycles, and
# a weakly referenced sentinel in each structure tells when it went.
import gc
import weakref


class Sentinel:
    pass


freed = []


def watch(name):
    s = Sentinel()
    watch.refs.append(weakref.ref(s, lambda r: freed.append(name)))
    return s


watch.refs = []


def nest(n, wrap, inner):
    x = inner
    for _ in range(n):
        x = wrap(x)
    return x


# chains far deeper than the C stack could follow, freed by reference
# counting alone (a million deep lists and tuples: deep_*_chain.py)
for name, wrap in [("dict", lambda x: {"k": x}),
                   ("mixed", lambda x: [(x, {"k": 1})])]:
    x = nest(10 ** 5, wrap, watch(name))
    del x
    print(name, "chain freed:", freed[-1:] == [name])

# a deep chain hanging off a cycle: the collector frees the cycle, and the
# chain's release nests inside the delete phase
gc.disable()
a = [watch("cycle")]
b = {"a": a, "chain": nest(100000, lambda x: (x, 1), watch("cycle chain"))}
a.append(b)
del a, b
print("before collect:", freed.count("cycle"), freed.count("cycle chain"))
gc.collect()
print("after collect:", freed.count("cycle"), freed.count("cycle chain"))
gc.enable()

# births and deaths in a loop: tuples, small dicts and lists, some in cycles
kept = []
for i in range(20000):
    t = (i, ())
    d = {"k": t}
    l = [d, t]
    if i % 1000 == 0:
        l.append(l)          # a self-cycle: only the collector frees it
        d["self"] = d
        l.append(watch("loop"))
    if i % 4000 == 0:
        kept.append(l)
del t, d, l
gc.collect()
print("loop cycles freed:", freed.count("loop"), "kept:", len(kept))
kept.clear()
gc.collect()
print("after clear:", freed.count("loop"))

# tracked answers for what is born here
print(gc.is_tracked([]), gc.is_tracked([1]), gc.is_tracked({"a": []}))
print(gc.is_tracked((1, [])), gc.is_tracked(()))
