x = 5
print(-x, +x, --x, -(-x))
print(not x, not not x)
y = -3.5
print(-y, +y)
print(-0.0, -0)
print(- - - 1)
print(not [], not [0])
print(-(2 ** 3))
print(-True)
