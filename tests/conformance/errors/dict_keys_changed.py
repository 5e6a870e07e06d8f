# Changing a dict's keys while iterating it: a change of size and a swap of keys at the same
# size both raise RuntimeError, and the iterator stays finished afterwards.
d = {"a": 1}
try:
    for k in d:
        del d[k]
        d[k + "x"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

d = {1: "one", 2: "two"}
it = iter(d.items())
print(next(it))
d.pop(2)
d[3] = "three"
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(it))

d = {1: 1, 2: 2}
vals = iter(d.values())
d[3] = 3
try:
    next(vals)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(vals)
except RuntimeError as e:
    print("still:", e)

d = dict.fromkeys(range(4))
for k in d:
    d[k] = k * k
print(d)
registry = {"x": 1, "y": 2}
try:
    for name in registry:
        registry[name.upper()] = registry.pop(name)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(registry))
for name in list(registry):
    registry[name.lower()] = registry.pop(name)
print(registry)
