x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))

def make():
    base = 1
    gens = [(base + i + j for j in range(2)) for i in range(3)]
    base = 100
    return [list(g) for g in gens]
print(make())

def nested():
    return list((i, j) for i in range(3) for j in range(i))
print(nested())
print(list(x for x in range(10) if x % 3 == 0 if x))
