print([1, 2] + [3, 4])
print((1,) + (2,))
print([0] * 3 + [1] * 2)
print("ab" * 2 + "c")
a = [1, 2]
a += [3]
print(a)
a *= 2
print(a)
t = (1, 2)
t += (3,)
print(t)
print([1, 2] * 0)
x = [[0] * 2] * 2
x[0][0] = 9
print(x)
y = [[0] * 2 for _ in range(2)]
y[0][0] = 9
print(y)
