# A user data descriptor (__get__ and __set__) installed after stores and
# loads have warmed up; then its __set__ is removed from its class.
class Logged:
    def __init__(self):
        self.log = []

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get("_v", "unset")

    def __set__(self, obj, v):
        self.log.append(v)
        obj.__dict__["_v"] = v * 2


class C:
    pass


c = C()
for i in range(40):
    c.v = i
    last = c.v
print(last)
d = Logged()
C.v = d
c.v = 5
print(c.v, d.log, c.__dict__)
del Logged.__set__
print(c.v)
c.v = 7
print(c.v, c.__dict__["v"])
