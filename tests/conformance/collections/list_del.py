xs = ["a", "b", "c", "d", "e"]
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[1]
print(xs)
try:
    del xs[10]
except IndexError as e:
    print("IndexError:", e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
