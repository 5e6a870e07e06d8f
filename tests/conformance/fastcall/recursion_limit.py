# RecursionError through the exact-positional call path, from plain
# functions, methods and closures, caught at several depths; the depth
# count stays right afterwards.
import sys


def down(n):
    return down(n + 1)


def safe_depth(f, *args):
    try:
        f(*args)
    except RecursionError as e:
        return str(e)


print(safe_depth(down, 0))
print(safe_depth(down, 0))


class Node:
    def walk(self, n):
        return self.walk(n + 1)


print(safe_depth(Node().walk, 0))


def make():
    def inner(n):
        return inner(n + 1)

    return inner


print(safe_depth(make(), 0))


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(safe_depth(count, 500))
print(count(150))
sys.setrecursionlimit(old)
print(count(900))


def mutual_a(n):
    return mutual_b(n)


def mutual_b(n):
    return mutual_a(n)


for _ in range(3):
    print(safe_depth(mutual_a, 1))


# recursion caught inside the recursion, then going on
def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n


print(probe(0) > 100)
print(count(500))
