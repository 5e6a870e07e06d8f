import gc
print(gc.collect(0), gc.collect(1), gc.collect(generation=2))
for g in (3, -1):
    try:
        gc.collect(g)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    gc.enable(1)
except TypeError as e:
    print("TypeError:", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
old = gc.get_threshold()
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(gc.get_count()[0] >= 0, len(gc.get_count()))
for f, a, k in [(gc.collect, (1, 2), {}), (gc.collect, (), {"gen": 1}), (gc.is_tracked, (), {}),
                (gc.get_count, (1,), {}), (gc.get_stats, (1,), {}), (gc.freeze, (1,), {}),
                (gc.get_referents, (), {"x": 1}), (gc.isenabled, (1,), {}),
                (gc.set_threshold, (1, 2, 3, 4), {}), (gc.enable, (), {"a": 1}),
                (gc.get_freeze_count, (1,), {})]:
    try:
        f(*a, **k)
    except TypeError as e:
        print("TypeError:", e)
