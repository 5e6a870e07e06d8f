import collections
import pprint
import types

data = {
    "words": "the quick brown fox jumps over the lazy dog " * 3,
    "lines": "first line\nsecond line that is a little longer\n",
    "blob": bytes(range(40)),
    "nums": list(range(0, 3000, 77)),
    "nested": [{"k%d" % i: (i, [i] * i)} for i in range(5)],
    "sets": [set(range(12)), frozenset([100, 2000, 30000, 400000, 5000000])],
    "od": collections.OrderedDict([("z", 1), ("a", [1, 2, 3] * 6)]),
    "dd": collections.defaultdict(list, {"x": list(range(15))}),
    "counter": collections.Counter("mississippi river"),
    "deque": collections.deque(range(30), maxlen=40),
    "chain": collections.ChainMap({"a": 1}, {"b": list(range(20))}),
    "ns": types.SimpleNamespace(alpha=list(range(25)), beta="b" * 50),
    "ba": bytearray(b"0123456789" * 5),
    "tuple1": ("only one element that is rather long to force a split, yes",),
    "big": 12345678901234567890,
}
for width in (1, 30, 60, 100):
    for indent in (1, 3):
        for compact in (False, True):
            print("== width=%d indent=%d compact=%s" % (width, indent, compact))
            print(pprint.pformat(data, width=width, indent=indent, compact=compact))
for depth in (1, 2, 3):
    print("== depth", depth)
    pprint.pprint(data, depth=depth, width=70)
pprint.pp(data, width=50, underscore_numbers=True)
print(pprint.saferepr(data)[:200], pprint.isreadable(data), pprint.isrecursive(data))
print(pprint.isreadable([1, (2, "x"), {3: None}]), pprint.isreadable([object]))
pprint.pprint("a fairly long string on its own that must be cut into several pieces", width=20)
pprint.pprint(b"bytes on their own, long enough to be cut into pieces", width=20)
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as exc:
        print("ValueError", exc)
