# documents nested 900 levels deep load and dump (CPython's C parser goes about as deep);
# far deeper ones raise RecursionError naming the container kind
import json

for depth in (500, 900):
    text = "[" * depth + "]" * depth
    value = json.loads(text)
    print(depth, json.dumps(value) == text)
    nested = json.loads('{"k": ' * depth + "null" + "}" * depth)
    again = json.dumps(nested)
    print(depth, len(again), json.loads(again) == nested)

mixed = json.loads("[" + '{"a": [' * 400 + "1" + "]}" * 400 + "]")
level, node = 0, mixed[0]
while isinstance(node, dict):
    node = node["a"][0]
    level += 1
print("mixed levels", level, node)
print(json.dumps({"a": [1, {"b": (2, 3)}], "c": {}}, indent=1, sort_keys=True))

for text in ("[" * 100000, '{"x": ' * 100000):
    try:
        json.loads(text)
    except RecursionError as exc:
        print("RecursionError", exc)
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as exc:
    print("RecursionError", "while encoding" in str(exc))
for bad in ("[1,", "[", '{"a":', '{"a": }', "[1 2]", "[,]", '{"a" 1}', "[[[]]", "[] x"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as exc:
        print(repr(bad), exc)
