s = {1, 2, 3}
s.add(4)
s.discard(1)
s.discard(99)
print(sorted(s))
s.remove(2)
print(sorted(s))
a = {1, 2, 3}
b = {2, 3, 4}
c = a.union(b)
print(sorted(c), sorted(a), sorted(b))
print(sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.union([7, 8], (9,))))
print(sorted(a.intersection(range(3))))
print(sorted(a.difference([1])))
empty = set()
print(empty.union(), len(empty.intersection(a)))
try:
    empty.remove(0)
except KeyError as e:
    print("KeyError:", e)
