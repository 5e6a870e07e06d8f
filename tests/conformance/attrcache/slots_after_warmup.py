# __slots__ members read and written at warm sites, unset slots, and a class
# attribute added on a subclass with a __dict__.
class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class T(S):
    pass


items = [S(i) for i in range(5)]
total = 0
for _ in range(20):
    for s in items:
        total += s.x
print(total)
try:
    items[0].y
except AttributeError as e:
    print("AttributeError:", e)
try:
    items[0].z = 1
except AttributeError as e:
    print("AttributeError:", e)
items[0].y = 9
print(items[0].y)
del items[0].y
print(hasattr(items[0], "y"))
t = T(7)
t.z = "dict ok"
print(t.x, t.z, t.__dict__)
T.x = "class attr"
print(T.x, S.x.__class__.__name__)
