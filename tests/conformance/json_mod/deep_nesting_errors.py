# Input nested past the recursion limit ends in RecursionError with the message CPython's
# json gives for the kind of container that went too deep; the program goes on afterwards.
import json

for text in ["[" * 5000 + "]" * 5000, '{"a":' * 5000 + "1" + "}" * 5000, "[" * 3000 + '{"k":' * 3000]:
    try:
        json.loads(text)
    except RecursionError as e:
        print("RecursionError:", e)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
deep = []
cur = deep
for _ in range(5000):
    cur.append([])
    cur = cur[0]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)
d = {}
cur = d
for _ in range(5000):
    cur["k"] = {}
    cur = cur["k"]
try:
    json.dumps(d)
except RecursionError as e:
    print("RecursionError:", e)
print(json.loads("[" * 50 + "]" * 50) == eval("[" * 50 + "]" * 50), len(json.dumps(json.loads("[" * 100 + "]" * 100))))
