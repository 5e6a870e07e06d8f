d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
d["a"] = 99
print(list(d))
d.pop("z")
d["z"] = -1
print(list(d))
d2 = dict(d)
print(d2 == d, list(d2))
merged = {"x": 1, "y": 2}
merged.update({"y": 20, "w": 3})
print(merged)
print(sorted(d.items()))
print(sorted(d, key=lambda k: d[k]))
