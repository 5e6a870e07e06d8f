import types, gc


class A:
    x = 1

    def f(self):
        return "A.f"


d = A.__dict__
print(type(d), type(d).__name__, "x" in d, d["x"], d.get("nope", 5), len(d) > 3)
print(sorted(k for k in d if not k.startswith("__")), sorted(d.keys())[-2:])
print(isinstance(d, dict), bool(d), d == dict(d), dict(d) == d)
try:
    d["x"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    d.y = 1
except AttributeError as e:
    print("AttributeError:", e)
A.x = 3
print(A.__dict__["x"], A().x, vars(A)["x"])
mp = types.MappingProxyType({"a": 1, "b": [2]})
print(mp, repr(mp), str(mp), mp.copy(), list(mp.items()), list(mp.values()))
print({**mp}, dict(mp))
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)


class B(A):
    pass


b = B()
print(b.f())
