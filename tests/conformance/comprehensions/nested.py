matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
pairs = [(x, y) for x in "ab" for y in (1, 2)]
print(pairs)
print({x: {y: x * y for y in range(1, 3)} for x in range(1, 3)})
