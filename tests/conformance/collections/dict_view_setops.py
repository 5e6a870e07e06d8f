# A dict's keys and items views are sets to |, &, -, ^ (on either side, with
# any iterable) and to the order comparisons with sets and views; the result
# of an operation is a set. A values view is not a set.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()))
print(sorted(a.keys() ^ b.keys()), type(a.keys() & b.keys()).__name__)
print(sorted(a.keys() - {"x"}), sorted({"x", "q"} - a.keys()), sorted(["y", "q", "y"] & a.keys()))
print(sorted(a.keys() | ["k"]), sorted(("z", "n") ^ a.keys()), sorted(a.keys() & "xyz"))
print(sorted(a.items() & {("x", 1), ("y", 5)}), sorted(a.items() - {("x", 1)}))
print(sorted(a.items() | b.items()), sorted(a.items() ^ [("x", 1)]))
print(a.keys() == {"x", "y", "z"}, {"x", "y", "z"} == a.keys(), a.keys() != {"x"})
print(a.keys() >= {"x"}, a.keys() <= {"x", "y", "z", "w"}, a.keys() < {"x", "y", "z"}, a.keys() > {"x"})
print({"x"} <= a.keys(), {"x"} < a.keys(), frozenset("xyz") >= a.keys(), a.keys() <= b.keys())
print(a.items() >= {("x", 1)}, {("y", 2)} < a.items(), a.items() == {("x", 1), ("y", 2), ("z", 3)})
print(b.keys() & a.keys() == {"y"}, a.keys() == a.keys(), a.keys() == b.keys())
for bad in [lambda: a.values() & {1}, lambda: a.keys() | 1, lambda: 1 - a.keys(), lambda: a.keys() < [1]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    a.keys() & [["unhashable"]]
except TypeError as e:
    print("TypeError", e)
s = a.keys() & b.keys()
s.add("new")
print(sorted(s), sorted(a))
