# mem_baseline: the same list as mem_closures.py, holding small ints instead
# of closures: what the list itself costs.
N = 1000000
keep = [i % 100 for i in range(N)]
print(len(keep), keep[N - 1] * 2)
