import sys
def make():
    a = [1, 2, 3]
    def f():
        return a
    return f
f = make()
for obj in [1, 2.5, "text", [], [1, 2], (), {}, {"k": 1}, set(), f, f.__closure__, None, True]:
    print(type(obj).__name__, sys.getsizeof(obj) > 0)
print(sys.getsizeof([1, 2, 3, 4]) >= sys.getsizeof([]))
print(isinstance(sys.getsizeof("x"), int))
