# mem_closures: one million single-cell closures kept alive in a global list
# (each captures a small int, which needs no object of its own in any of the
# contenders). Compared with mem_baseline.py: the difference is the closures.
N = 1000000


def make_multiplier_of(n):
    def multiplier(x):
        return x * n
    return multiplier


keep = [make_multiplier_of(i % 100) for i in range(N)]
print(len(keep), keep[N - 1](2))
