# The way puzzle and contest solutions read their input: input rebound to readline, tokens
# split from each line, then the rest at once.
import sys

input = sys.stdin.readline
t = int(input())
for case in range(1, t + 1):
    n = int(input())
    values = list(map(int, input().split()))
    print(f"Case #{case}: {sum(values[:n])} {max(values)}")
grid = [list(input().rstrip()) for _ in range(2)]
print(grid)
data = sys.stdin.read().split()
print(data, len(data))
