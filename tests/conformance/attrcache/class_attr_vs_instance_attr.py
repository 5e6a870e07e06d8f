# Reads of a class attribute through instances, then instance stores
# shadowing it, then deletes uncovering it, in a warm loop.
class Config:
    level = 1


def read(objs):
    return [o.level for o in objs]


objs = [Config() for _ in range(4)]
for _ in range(100):
    r = read(objs)
print(r)
objs[1].level = 10
print(read(objs))
Config.level = 2
print(read(objs))
del objs[1].level
print(read(objs))
objs[2].level = 30
del Config.level
try:
    print(read(objs))
except AttributeError as e:
    print("AttributeError:", e)
print([getattr(o, "level", None) for o in objs])
