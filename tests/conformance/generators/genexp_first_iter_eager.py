def noisy():
    print("making the iterable")
    return [1, 2, 3]
g = (x + 1 for x in noisy())
print("generator made")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
