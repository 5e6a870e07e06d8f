d = {"a": 1, "b": 2}
ks = d.keys()
vs = d.values()
its = d.items()
print(list(ks), list(vs), list(its))
d["c"] = 3
print(list(ks), list(vs), list(its))
print(len(ks), "a" in ks, ("a", 1) in its, 2 in vs)
print(sorted(ks, reverse=True))
for k, v in its:
    print(k, v)
print(list(reversed(list(d.values()))))
