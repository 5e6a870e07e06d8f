s = {1, 2, 3}
s.add(4)
s.add(2)
print(sorted(s), len(s))
s.discard(10)
s.discard(1)
print(sorted(s))
s.remove(4)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a.union(b)))
print(sorted(a.intersection(b)))
print(sorted(a.difference(b)))
print(sorted(b.difference(a)))
print(sorted(set("mississippi")))
print(len(set([1, 1.0, True])))
u = set()
for w in "the cat and the hat and the bat".split():
    u.add(w)
print(sorted(u))
print(a == {4, 3, 2, 1})
