# __getattribute__ defined on a class after its attribute sites are warm
# intercepts every read, then its removal restores the normal lookup.
class C:
    def __init__(self):
        self.x = 1

    def m(self):
        return "m"


c = C()
for _ in range(50):
    v = c.x + len(c.m())
print(v)


def ga(self, name):
    if name == "x":
        return 100
    return object.__getattribute__(self, name)


C.__getattribute__ = ga
print(c.x, c.m())
del C.__getattribute__
print(c.x, c.m())
