class Bag:
    pass


b = Bag()
b.__dict__["x"] = 1
b.y = 2
print(b.x, vars(b), b.__dict__ is vars(b))
b.__dict__ = {"z": 3}
print(vars(b), hasattr(b, "x"))
try:
    b.__dict__ = 5
except TypeError as e:
    print(e)
for k in ("a", "b", "c"):
    setattr(b, k, k * 2)
print(sorted(b.__dict__.items()))
print(getattr(b, "__class__") is Bag, b.__class__.__name__)
