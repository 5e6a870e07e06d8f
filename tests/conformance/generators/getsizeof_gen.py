import sys

def small():
    yield 1

def big(a, b, c, d, e, f):
    x = y = z = 0
    yield a

g1 = small()
g2 = big(1, 2, 3, 4, 5, 6)
print(sys.getsizeof(g1) > 0, sys.getsizeof(g2) > sys.getsizeof(g1))
ge = (x for x in [1])
print(sys.getsizeof(ge) > 0)
