import json
from collections import OrderedDict

data = {
    "name": "Widget \u00e9\u4e2d\U0001f600",
    "tags": ["a", "b\n\t\"q\"", ""],
    "price": 12.5,
    "qty": 3,
    "big": 10 ** 20,
    "ok": True,
    "missing": None,
    "nested": {"z": [1, 2, {"deep": []}], "a": {}},
    "ratio": 1e-7,
    "tuple": (1, 2),
}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps(data["nested"], separators=(",", ":")))
print(json.dumps([1.0, -0.0, 1e16, 123456789.123, float("inf")], indent="\t"))
back = json.loads(s)
print(back == {**data, "tuple": [1, 2]}, type(back["big"]), back["name"])
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\ud83d\\ude00\\n"}'))
print(json.loads("  [ ]  "), json.loads('""'), json.loads("-0"), json.loads("0.5"), json.loads("NaN"))
print(json.loads('{"x": 1, "x": 2}'), json.loads('[1, 2]', parse_int=str))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n"}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def decode_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


text = json.dumps({"p": Point(1, 2), "ps": [Point(3, 4)]}, default=encode_point)
print(text)
obj = json.loads(text, object_hook=decode_point)
print(obj["p"].x, obj["ps"][0].y)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))

for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', "{'a': 1}", '[1] x', '', '"abc', '{"a": tru}',
            '"\\x"', '[1,]', '\n\n  {"k": \n nul}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.lineno, e.colno, e.pos)

for bad in [{"s": {1}}, {(1, 2): 3}, [float("nan")]]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
print(json.dumps("caf\u00e9"), json.dumps("caf\u00e9", ensure_ascii=False), json.dumps("\x01\x7f"))
