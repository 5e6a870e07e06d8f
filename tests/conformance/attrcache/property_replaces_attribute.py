# A property added to a class overrides the instance dict (a data
# descriptor); removing it uncovers the instance value again.
class P:
    def __init__(self):
        self.x = "instance"


p = P()
seen = []
for _ in range(50):
    seen.append(p.x)
P.x = property(lambda self: "property")
seen.append(p.x)
try:
    p.x = "write"
except AttributeError as e:
    seen.append("AttributeError: " + str(e))
seen.append(p.__dict__["x"])
del P.x
seen.append(p.x)
p.x = "written"
seen.append(p.x)
print(seen[-6:])
