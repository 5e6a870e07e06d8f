# More (class, name) pairs than any cache holds, patched after use: the
# results stay those of a walk through every class dict.
classes = []
for i in range(700):
    classes.append(type("C%d" % i, (), {"a": i, "b": -i}))
objs = [c() for c in classes]
s = 0
for _ in range(3):
    for o in objs:
        s += o.a + o.b
print(s)
for i in range(0, 700, 7):
    classes[i].a = 1000
s = sum(o.a for o in objs)
print(s)
for i in range(0, 700, 2):
    del classes[i].b
missing = 0
for o in objs:
    try:
        o.b
    except AttributeError:
        missing += 1
print(missing)
