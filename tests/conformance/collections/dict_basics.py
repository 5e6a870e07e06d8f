d = {"one": 1, "two": 2}
d["three"] = 3
print(d)
d["one"] = 100
print(d)
print(d["two"], len(d))
print("one" in d, "four" in d, 1 in d)
print(list(d), list(d.keys()), list(d.values()))
print(list(d.items()))
for k in d:
    print(k, d[k])
del d["one"]
d["one"] = 1
print(d)
e = {}
e[(1, 2)] = "pair"
e[3] = "int"
e[3.0] = "float"
e[True] = "bool"
print(e)
print({1: "a"} == {1.0: "a"})
