# defaultdict: default_factory, __missing__, repr, closures as factories.
from collections import defaultdict

d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, d["a"], len(d), "c" in d, d.get("c"), d.default_factory is list)
print(d["c"], d, sorted(d))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), isinstance(counts, dict))
print(defaultdict(), defaultdict(None, {"x": 1}), defaultdict(int, a=1), defaultdict(set, [("k", {1})]))
plain = defaultdict(None)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)

def counter_from(start):
    n = start
    def next_id():
        nonlocal n
        n += 1
        return n
    return next_id

ids = defaultdict(counter_from(100))
print(ids["x"], ids["y"], ids["x"], dict(ids))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]), d.copy(), type(d.copy()).__name__)
