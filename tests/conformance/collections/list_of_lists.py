grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * 4 + c
for row in grid:
    print(row)
t = [[grid[r][c] for r in range(3)] for c in range(4)]
print(t)
print(sum(sum(row) for row in grid))
flat = []
for row in grid:
    flat.extend(row)
print(flat[::5])
grid[1] = grid[1][::-1]
print(grid[1])
print(max(max(r) for r in grid))
