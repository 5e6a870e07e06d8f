import sys
sys.setrecursionlimit(200)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
sys.setrecursionlimit(1000)
count = [0]
def counted():
    count[0] += 1
    counted()
try:
    counted()
except RecursionError:
    print("caught again", 0 < count[0] <= 1000)
print("done")
