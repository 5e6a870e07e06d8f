# A store site warmed on plain instance stores meets a property with a
# setter, then a read-only property, then nothing.
class T:
    pass


def store(o, v):
    o.val = v
    return o.__dict__.get("val")


t = T()
for i in range(100):
    store(t, i)
print(store(t, "plain"))


def setter(self, v):
    self.__dict__["shadow"] = ("set", v)


T.val = property(lambda self: self.__dict__.get("shadow"), setter)
print(store(t, 1), t.val)
T.val = property(lambda self: "ro")
try:
    store(t, 2)
except AttributeError as e:
    print("AttributeError:", e)
del T.val
print(store(t, 3), t.val)
