# frozensets as dict keys and memo keys in closures
def memo_subsets():
    cache = {}
    def count(items, target):
        key = (frozenset(items), target)
        if key in cache:
            return cache[key]
        if target == 0:
            r = 1
        elif not items:
            r = 0
        else:
            x = min(items)
            rest = frozenset(items) - {x}
            r = count(rest, target) + (count(rest, target - x) if x <= target else 0)
        cache[key] = r
        return r
    return count, cache

count, cache = memo_subsets()
print(count(frozenset(range(1, 16)), 30), len(cache) > 0)
graph = {frozenset({'a', 'b'}): 3, frozenset({'b', 'c'}): 4}
print(graph[frozenset(['c', 'b'])], sorted(sorted(k) for k in graph))
print(sorted({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}, key=sorted))
