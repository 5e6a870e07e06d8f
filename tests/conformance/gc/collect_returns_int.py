import gc
r = gc.collect()
print(isinstance(r, int), r >= 0)
print(isinstance(gc.collect(0), int), isinstance(gc.collect(1), int), isinstance(gc.collect(2), int))
def make_cycle():
    a = []
    a.append(a)
    def f():
        return f
    return len(a)
for _ in range(10):
    make_cycle()
print(gc.collect() >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
