# mem_baseline: the same program as mem_closures.py (the same functions, so
# the same code objects and names), with the list holding small ints instead
# of closures: what everything but the closures costs.
N = 1000000


def make_multiplier_of(n):
    def multiplier(x):
        return x * n
    return multiplier


keep = [i % 100 for i in range(N)]
print(len(keep), keep[N - 1] * 2)
