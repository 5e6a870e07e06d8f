# defaultdict building adjacency lists; factories that are closures over state.
from collections import defaultdict

edges = [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a"), ("d", "a")]
graph = defaultdict(set)
indeg = defaultdict(int)
for u, v in edges:
    graph[u].add(v)
    indeg[v] += 1
print(sorted((k, sorted(v)) for k, v in graph.items()), dict(indeg), indeg["zzz"], len(indeg))

def make_factory():
    made = []
    def factory():
        made.append(len(made))
        return made[-1]
    return factory, made

factory, made = make_factory()
d = defaultdict(factory)
print(d["x"], d["y"], d["x"], made, dict(d), d.default_factory is factory)
d.default_factory = None
try:
    d["z"]
except KeyError as e:
    print("KeyError:", e)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
nested["a"]["c"] += 2
print({k: dict(v) for k, v in nested.items()}, isinstance(nested["q"], defaultdict))
