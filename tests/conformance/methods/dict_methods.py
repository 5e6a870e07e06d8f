d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d)
print(d.pop("zz", "default"))
print(d.setdefault("b", 100), d.setdefault("c", 3), d)
d.update({"d": 4, "b": 20})
print(d)
d.update([("e", 5)])
d.update(f=6)
print(d)
e = d.copy()
e["a"] = 0
print(len(d), len(e), "a" in d)
e.clear()
print(e)
try:
    d.pop("missing")
except KeyError as ex:
    print("KeyError:", ex)
print(d.setdefault("g"), d)
