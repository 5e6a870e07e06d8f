import sys
sys.setrecursionlimit(100)
def make():
    def walk(n):
        return walk(n + 1) if n < 10 ** 6 else n
    return walk
w = make()
try:
    w(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
sys.setrecursionlimit(1000)
def ok(n):
    return n if n == 0 else ok(n - 1)
print(ok(50))
