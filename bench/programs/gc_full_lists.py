# gc_full_lists: a heap of one million tracked objects (one-element lists in
# a global list), then five full collections. The harness times each one
# (gc.callbacks in CPython, the collector's own event log in closured).
import gc

keep = [[i] for i in range(1000000)]
for _ in range(5):
    gc.collect()
print(len(keep), keep[-1][0])
