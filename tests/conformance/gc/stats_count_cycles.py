import gc
gc.disable()
gc.collect()
before = [s["collected"] for s in gc.get_stats()]
def self_capture():
    def f():
        return f
    return f
def mutual():
    def g():
        return h
    def h():
        return g
    return g
def in_list():
    items = []
    def k():
        return items
    items.append(k)
    return k
for i in range(10):
    self_capture()
    mutual()
    in_list()
n = gc.collect()
after = [s["collected"] for s in gc.get_stats()]
print(n > 0, after[2] - before[2] == n, after[0] == before[0])
print(gc.collect())
s = gc.get_stats()[2]
print(sorted(s), s["uncollectable"])
gc.enable()
