def outer(n):
    factor = 3
    total = sum(i * factor for i in range(n))
    items = list(str(i) + str(factor) for i in range(n))
    return total, items
print(outer(4))
def filt(xs, limit):
    return list(x for x in xs if x < limit)
print(filt([5, 1, 7, 3], 5))
def nested(m):
    return [sum(j * m for j in range(i)) for i in range(4)]
print(nested(2))
