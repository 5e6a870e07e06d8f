def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive")
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RuntimeError as e:
    print(type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
def make_rec():
    def r(n):
        return r(n) + 1
    return r
try:
    make_rec()(1)
except RecursionError:
    print("closure recursion caught")
print(down.__name__)
