# Instances of one class whose attributes were added in different orders
# and deleted: every read sees its own instance's value.
class R:
    pass


objs = []
for i in range(12):
    o = R()
    if i % 3 == 0:
        o.a, o.b, o.c = i, i + 1, i + 2
    elif i % 3 == 1:
        o.c, o.b, o.a = i + 2, i + 1, i
    else:
        o.b = i + 1
        o.a = i
        o.c = i + 2
        del o.b
        o.b = i + 1
    objs.append(o)
for _ in range(10):
    t = [(o.a, o.b, o.c) for o in objs]
print(t)
del objs[4].a
objs[5].__dict__ = {"a": "new", "b": 0, "c": 0}
print([getattr(o, "a", "gone") for o in objs])
for o in objs:
    o.b = o.b * 10 if isinstance(o.b, int) else o.b
print([o.b for o in objs])
