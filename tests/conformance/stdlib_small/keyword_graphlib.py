# keyword's word lists and graphlib's topological orders, including the batch protocol and
# cycle reports.
import keyword
from graphlib import TopologicalSorter, CycleError

print(keyword.kwlist[:5], len(keyword.kwlist), keyword.softkwlist)
print([w for w in ["if", "match", "print", "None", "case", "_", "async"] if keyword.iskeyword(w)])
print([w for w in ["if", "match", "print", "case", "_"] if keyword.issoftkeyword(w)])

deps = {
    "app": ["lib", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "config": [],
    "tests": ["app", "utils"],
}
print(list(TopologicalSorter(deps).static_order()))
ts = TopologicalSorter()
ts.add("deploy", "build", "test")
ts.add("test", "build")
ts.add("build", "fetch")
ts.add("docs")
ts.prepare()
step = 0
while ts:
    ready = ts.get_ready()
    step += 1
    print("step", step, ready)
    for node in ready:
        ts.done(node)
print(ts.is_active())
for graph in ({"a": ["b"], "b": ["c"], "c": ["a"]}, {1: [1]}, {"x": ["y"], "y": ["z", "x"], "z": []}):
    try:
        print(list(TopologicalSorter(graph).static_order()))
    except CycleError as e:
        print("CycleError", e.args[0], e.args[1], isinstance(e, ValueError))
ts = TopologicalSorter({"b": ["a"]})
for call in (ts.get_ready, ts.is_active, lambda: ts.done("a")):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
ts.prepare()
for call in (ts.prepare, lambda: ts.add("c"), lambda: ts.done("b"), lambda: ts.done("zz")):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(ts.get_ready(), ts.get_ready())
ts.done("a")
try:
    ts.done("a")
except ValueError as e:
    print("ValueError:", e)
print(ts.get_ready())
print(list(TopologicalSorter({3: [1, 2], 2: [1], 0: []}).static_order()), TopologicalSorter[str])
