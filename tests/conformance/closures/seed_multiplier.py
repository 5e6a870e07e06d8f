# The seed program up to its first five lines (its "Memory size" lines print
# this runtime's own sizes and are checked in sizes/seed_multiplier.py).
def make_multiplier_of(n):
    def multiplier(x):
        return x * n
    return multiplier
multipliers = [make_multiplier_of(i) for i in range(5)]
for m in multipliers:
    print(m(5))
import sys
