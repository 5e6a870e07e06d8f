# Classes made by type(name, bases, dict), patched through setattr after use.
def make(n):
    return type("K%d" % n, (object,), {"n": n, "get": lambda self: self.n})


classes = [make(i) for i in range(6)]
objs = [k() for k in classes]
for _ in range(30):
    vals = [o.get() for o in objs]
print(vals)
setattr(classes[2], "n", 200)
setattr(classes[3], "get", lambda self: "patched")
print([o.get() for o in objs])
Sub = type("Sub", (classes[4],), {})
s = Sub()
print(s.get())
classes[4].n = 44
print(s.get(), Sub.__mro__[1].__name__)
