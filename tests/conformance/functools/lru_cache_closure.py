from functools import lru_cache

def make_memo_counter():
    evaluations = []
    @lru_cache(maxsize=2)
    def cost(item):
        evaluations.append(item)
        return len(item) * 10
    return cost, evaluations

cost, evals = make_memo_counter()
for item in ['a', 'bb', 'a', 'ccc', 'bb', 'a']:
    cost(item)
print(evals, cost.cache_info())
cost2, evals2 = make_memo_counter()
cost2('zz')
print(evals2, cost2.cache_info().currsize, cost.cache_info().currsize)
print(cost.__wrapped__ is not cost2.__wrapped__)

class Grid:
    def __init__(self, n):
        self.n = n
        @lru_cache(maxsize=None)
        def paths(r, c):
            if r == 0 or c == 0:
                return 1
            return paths(r - 1, c) + paths(r, c - 1)
        self.paths = paths
g = Grid(10)
print(g.paths(10, 10), g.paths.cache_info())
