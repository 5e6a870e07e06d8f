import gc
stats = gc.get_stats()
print(type(stats).__name__, len(stats) == 3)
for s in stats:
    print(type(s).__name__, sorted(s.keys()))
print(all(isinstance(v, int) and v >= 0 for s in stats for v in s.values()))
before = gc.get_stats()[2]["collections"]
gc.collect()
after = gc.get_stats()[2]["collections"]
print(after - before >= 1)
