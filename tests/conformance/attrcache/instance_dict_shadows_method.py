# An instance attribute shadows a method of the same name (the method is no
# data descriptor); deleting it uncovers the method again.
class C:
    def f(self):
        return "method"


c = C()
d = C()
out = []
for i in range(20):
    out.append(c.f())
c.f = lambda: "instance"
for i in range(3):
    out.append(c.f())
    out.append(d.f())
del c.f
out.append(c.f())
c.__dict__["f"] = lambda: "via dict"
out.append(c.f())
c.__dict__.clear()
out.append(c.f())
print(out[-10:])
print(len(out))
