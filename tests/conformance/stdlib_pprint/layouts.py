import pprint
from collections import OrderedDict, Counter, defaultdict, deque, ChainMap
data = {"name": "closured", "tags": ["python", "c", "closures", "runtime", "gc"] * 3,
        "nested": {"a": [1, 2, {"x": (1, 2, 3), "y": None}], "b": {"deep": {"deeper": list(range(30))}}},
        "text": "The quick brown fox jumps over the lazy dog. " * 4, "b": b"bytes" * 20,
        "set": set(range(25)), "fs": frozenset({1, 2}), "t1": (1,), "empty": {}, 3: "int key"}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
print(pprint.pformat(list(range(60)), compact=True))
print(pprint.pformat(list(range(60)), width=30, compact=True))
pprint.pp({"z": 1, "a": [2] * 40})
pprint.pprint(OrderedDict((str(i), i * "x") for i in range(8)))
pprint.pprint(Counter("abracadabra" * 10))
pprint.pprint(Counter({"word%d" % i: i for i in range(12)}))
pprint.pprint(defaultdict(list, {"k%d" % i: [i] * 5 for i in range(6)}))
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(ChainMap({"a": list(range(20))}, {"b": list(range(20))}))
l = [1, 2]; l.append(l)
print(pprint.saferepr(l)[:26], pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, "a"]))
pprint.pprint(bytearray(b"abcdefgh" * 15))
pprint.pprint("word " * 40, width=30)
pprint.pprint(["line one\nline two " * 5])
pprint.pprint({"k": 10**12}, underscore_numbers=True)
pprint.pprint([[1, 2, [3, [4, [5]]]]], depth=3)
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
class D(dict): pass
class R(dict):
    def __repr__(self): return "R!"
pprint.pprint(D({i: "v" * i for i in range(12)}))
pprint.pprint(R({i: "v" * i for i in range(12)}))
pprint.pprint({(1, 3): 1, (1, 2): 2, "s": 3, 1.5: 4, None: 5})
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat(("alpha", "beta", "gamma", "delta")))
print(pprint.pformat((1,) * 30, width=20))
