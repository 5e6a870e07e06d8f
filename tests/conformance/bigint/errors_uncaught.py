x = 2**100
print(x)
print(x // (x - x))
