# Deleting instance and class attributes at warm sites: the errors name the
# object and the attribute as CPython does.
class C:
    cls_attr = 1

    def __init__(self):
        self.inst = 2


c = C()
for _ in range(20):
    c.inst = c.inst
del c.inst
for target, name in ((c, "inst"), (c, "cls_attr"), (C, "inst"), (C, "nope")):
    try:
        delattr(target, name)
        print("deleted", name)
    except AttributeError as e:
        print("AttributeError:", e)
print(hasattr(C, "cls_attr"), hasattr(c, "inst"))
c.inst = 5
print(c.inst, vars(c))
