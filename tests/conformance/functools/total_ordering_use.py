from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1, 2, 3)]))
print(max(Version(3), Version(2, 9)), min(a, b))

@total_ordering
class Rev:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v < o.v
print(Rev(1) > Rev(2), Rev(1) < Rev(2), Rev(1) >= Rev(1), Rev(3) <= Rev(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
