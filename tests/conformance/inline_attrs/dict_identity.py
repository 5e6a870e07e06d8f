# An instance's __dict__: made when asked for, the same object afterwards,
# live in both directions; attribute order; del and re-add.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = [P(i, i + 1) for i in range(10)]
p = ps[5]
d = p.__dict__
print(d, d is p.__dict__, d is vars(p))
d["z"] = 3
print(p.z)
p.w = 4
print(d)
del d["x"]
print(hasattr(p, "x"), vars(p))
p.x = 8
print(list(vars(p)))

# vars() of an instance never asked before, then mutated through it
q = ps[6]
vars(q)["y"] = "changed"
print(q.y, q.x)
vars(q).clear()
print(vars(q), hasattr(q, "x"))
q.x = 1
print(vars(q))

# a new __dict__ replaces the attributes
r = ps[7]
r.__dict__ = {"only": 1}
print(vars(r), hasattr(r, "x"))
try:
    r.__dict__ = [1]
except TypeError as e:
    print("TypeError", e)

# the dict outlives the instance
s = P(1, 2)
sd = vars(s)
del s
print(sd)


# attributes added in different orders on two instances of one class
class O:
    pass


a, b = O(), O()
a.first = 1
a.second = 2
b.second = 2
b.first = 1
print(list(vars(a)), list(vars(b)))
c = O()
c.first = 1
c.second = 2
c.third = 3
print(list(vars(c)), c.first + c.second + c.third)

# del then re-add moves the name to the end, as in a dict
e = O()
e.first, e.second, e.third = 1, 2, 3
del e.first
e.first = 10
print(vars(e))
del e.third
e.third = 30
print(vars(e))
try:
    del e.nothing
except AttributeError as err:
    print("AttributeError", err)

# hundreds of attributes on one instance, and on a second one
many = O()
for i in range(300):
    setattr(many, "a%d" % i, i)
print(len(vars(many)), many.a0, many.a150, getattr(many, "a299"))
many2 = O()
for i in range(300):
    setattr(many2, "a%d" % i, -i)
print(sum(getattr(many2, "a%d" % i) for i in range(300)), list(vars(many2))[:3])
for i in range(0, 300, 2):
    delattr(many2, "a%d" % i)
print(len(vars(many2)), list(vars(many2))[:3])

# dir() sees instance attributes
f = P(1, 2)
print([n for n in dir(f) if not n.startswith("__")])

# equality of names built at run time
g = P(1, 2)
setattr(g, "".join(["x"]), 5)
print(g.x, vars(g))
