def g(n):
    yield from range(n)

try:
    a, b = g(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = g(2)
except ValueError as e:
    print("ValueError:", e)
try:
    print(len(g(2)))
except TypeError as e:
    print("TypeError:", e)
try:
    g(2)[0]
except TypeError as e:
    print("TypeError:", e)
print(bool(g(0)))
