def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident)
m = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
print(matmul(m, ident) == m)
p = m
for _ in range(3):
    p = matmul(p, m)
print(p)
