def make():
    def inner(a, b, *, c):
        return a + b + c
    return inner

f = make()
f.__qualname__ = 'Renamed.method'
for call in (lambda: f(1), lambda: f(1, 2, 3, c=1), lambda: f(1, 2), lambda: f(1, 2, c=3, d=4),
             lambda: f(1, 2, a=1, c=0)):
    try:
        call()
    except TypeError as e:
        print(e)
g = make()
try:
    g()
except TypeError as e:
    print(e)
