# Moving instances between a base and a subclass that overrides a method,
# with super() calls inside.
class Base:
    def describe(self):
        return "base"


class Derived(Base):
    def describe(self):
        return "derived(" + super().describe() + ")"


items = [Base() for _ in range(3)]
res = []
for round_ in range(4):
    for i, it in enumerate(items):
        if (i + round_) % 2:
            it.__class__ = Derived
        else:
            it.__class__ = Base
    res.append(tuple(it.describe() for it in items))
for r in res:
    print(r)
Base.describe = lambda self: "patched"
print([it.describe() for it in items])
