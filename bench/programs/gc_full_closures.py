# gc_full_closures: the closure heap of mem_closures.py (one million closures,
# each with its cell), then five full collections, timed by the harness.
import gc


def make_multiplier_of(n):
    def multiplier(x):
        return x * n
    return multiplier


keep = [make_multiplier_of(i % 100) for i in range(1000000)]
for _ in range(5):
    gc.collect()
print(len(keep), keep[-1](2))
