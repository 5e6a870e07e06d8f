# Int keys whose hashes coincide or sit at the edges of the inline hash
# (|n| < 2**60 hashes to itself, -1 to -2, larger values modulo 2**61 - 1):
# equal hashes must still be told apart by equality, and equal numbers of
# other types (True, 1.0) must find the same entry.
edges = [0, 1, -1, -2, 2**60 - 1, 2**60, -(2**60), -(2**60) - 1, 2**61 - 2, 2**61 - 1, 2**61,
         2**61 + 1, -(2**61), 2**62 - 1, -(2**62), 2**62, 2**63, 2**64 + 5, -(2**64) - 5]
for n in edges:
    print(n, hash(n), hash(n) == hash(float(n)) if abs(n) < 2**53 else "-")
d = {}
for n in edges:
    d[n] = str(n)
print(len(d), d[-1], d[-2], d[2**61 - 1], d[0], d[2**61], d[1])
print(hash(-1) == hash(-2), -1 in d, -2 in d, 2**61 in d, 1 in d)
d[True] = "true"
d[0.0] = "zero"
print(d[1], d[0], len(d))
s = {2**61 - 1, 0, 2**61, 1, -1, -2}
print(len(s), sorted(s))
print(hash((1, -1, 2**61, 2**60)), hash((-2, 2**62 - 1)))
t = {(i, -i): i for i in range(-5, 6)}
print(t[(-1, 1)], t[(1, -1)], len(t))
