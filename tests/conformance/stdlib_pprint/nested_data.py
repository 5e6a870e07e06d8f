# pprint of the nested records real programs print: config dicts, rows, trees.
import pprint

config = {
    "server": {"host": "127.0.0.1", "port": 8321, "workers": 4, "routes": ["/api/v1/workloads", "/api/v1/metrics", "/healthz"]},
    "limits": {"heap_bytes": 64 * 1024 * 1024, "slice_ms": 50, "max_connections": 128},
    "features": ("inspector", "dashboard", "metrics"),
    "log": None,
}
pprint.pprint(config)
rows = [{"id": i, "name": "item-%03d" % i, "tags": ["t%d" % j for j in range(i % 4)], "price": i * 1.25} for i in range(6)]
pprint.pprint(rows, width=60)
pprint.pprint(rows, sort_dicts=False, width=100)
tree = ["root", [["left", [["ll", []], ["lr", []]]], ["right", [["rl", [["rll", []]]]]]]]
pprint.pprint(tree, width=30)
pprint.pprint(tree, depth=3, width=30)
print(pprint.pformat(config, indent=2, width=50))
print(pprint.pformat({"k": list(range(40))}, compact=True, width=40))
s = pprint.PrettyPrinter(width=40, compact=True)
print(s.pformat([[i] * i for i in range(8)]))
print(s.isreadable({"a": 1}), s.isrecursive([1]), pprint.saferepr({"b": 2, "a": [1, (2,)]}))
pprint.pprint({}); pprint.pprint([]); pprint.pprint(()); pprint.pprint(set()); pprint.pprint("")
pprint.pprint((1, (2, (3, (4,)))), width=10)
pprint.pprint({"x": {"y": {"z": {}}}}, depth=2)
