def make_acc(total=0):
    def acc(n):
        nonlocal total
        total += n
        return total
    return acc
a = make_acc()
b = make_acc(100)
for v in [1, 2, 3]:
    print(a(v), b(v))
print(a(0.5))
print(a.__closure__[0].cell_contents)
print(make_acc.__defaults__)
