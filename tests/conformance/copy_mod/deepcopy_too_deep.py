# deepcopy, pprint and repr of structures nested past the recursion limit (100,000 deep)
# raise CPython's RecursionError: deepcopy's from the id() call that reaches the limit
# ("while calling a Python object") for lists and dicts, a call's for tuples, and the
# same at other limits and starting depths.
import copy
import pprint
import sys

nested = {"list": [], "dict": {}, "tuple": ()}
for _ in range(100000):
    nested["list"] = [nested["list"]]
    nested["dict"] = {"k": nested["dict"]}
    nested["tuple"] = (nested["tuple"],)
for kind, value in nested.items():
    for name, fn in (("repr", repr), ("deepcopy", copy.deepcopy), ("pformat", pprint.pformat)):
        try:
            fn(value)
            print(kind, name, "ok")
        except RecursionError as e:
            print(kind, name, e)


def from_depth(depth, value):
    if depth:
        return from_depth(depth - 1, value)
    try:
        copy.deepcopy(value)
        return "ok"
    except RecursionError as e:
        return str(e)


for limit in (1000, 1001, 1002, 700):
    sys.setrecursionlimit(limit)
    for depth in range(3):
        print(limit, depth, [from_depth(depth, value) for value in nested.values()])
sys.setrecursionlimit(1000)
print(copy.deepcopy([[1, (2, 3)], {"a": [4]}]))
