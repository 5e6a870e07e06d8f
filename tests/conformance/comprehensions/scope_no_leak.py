x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
i = 100
d = {i: i for i in range(3)}
print(d, i)
s = sorted({y for y in range(3)})
try:
    print(y)
except NameError as e:
    print("NameError:", e)
def f():
    n = "local"
    r = [n for n in "ab"]
    return n, r
print(f())
print(sum(k for k in range(5)))
try:
    print(k)
except NameError as e:
    print("NameError:", e)
