def f(a, b=2, *, k=3):
    return a, b, k


print(f(1))
f.__kwdefaults__ = {"k": 30}
print(f(1), f.__kwdefaults__)
f.__defaults__ = (20,)
print(f(1))
del f.__defaults__
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print(e)
del f.__kwdefaults__
print(f.__kwdefaults__)
ops = [
    lambda: setattr(f, "__name__", 7),
    lambda: setattr(f, "__qualname__", None),
    lambda: setattr(f, "__dict__", 3),
    lambda: setattr(f, "__kwdefaults__", 3),
    lambda: setattr(f, "__defaults__", [1]),
    lambda: delattr(f, "__dict__"),
    lambda: setattr(f, "__closure__", ()),
    lambda: delattr(f, "nothing"),
    lambda: setattr(f, "__annotations__", 1),
]
for op in ops:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
f.__dict__ = {"a": 1}
print(f.a, f.__dict__)
f.b = 2
print(sorted(f.__dict__))
