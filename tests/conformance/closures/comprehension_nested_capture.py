def grid(n):
    return [[lambda r=r, c=c: (r, c) for c in range(n)] for r in range(n)]
g = grid(2)
print([[f() for f in row] for row in g])
def late_grid(n):
    return [[lambda: (r, c) for c in range(n)] for r in range(n)]
lg = late_grid(2)
print([[f() for f in row] for row in lg])
def outer():
    fs = [lambda x: x + y for y in range(3)]
    return [f(0) for f in fs]
print(outer())
