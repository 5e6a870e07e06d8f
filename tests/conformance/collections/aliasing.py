a = [1, 2, 3]
b = a
c = a.copy()
b.append(4)
print(a, b, c)
d = {"k": [1]}
e = d.copy()
e["k"].append(2)
e["j"] = 0
print(d, e)
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    lst.append("x")
    return lst
orig = []
r = mutate(orig)
print(orig, r)
nested = [[1], [2]]
shallow = nested[:]
shallow[0].append(10)
shallow[1] = [20]
print(nested, shallow)
