vals = [1, 1.5, "s", True, None, [1], (1,), {"a": 1}, {1}, lambda: 0]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, list)), isinstance(v, float))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float))
print(isinstance([], (tuple, dict)), isinstance((), (tuple, dict)))
print(type(1) == int, type(True) == int, type(True) == bool)
print(type("x") is str, type(3.0) is float)
print(type(len) is type(print))
print(type(int).__name__, int.__name__, str.__name__)
print(isinstance(ValueError("x"), Exception), isinstance(KeyError("k"), Exception))
