# A method call site warmed up on one function keeps up when the class's
# method is replaced, deleted and restored.
class C:
    def f(self):
        return "one"


def call_all(objs):
    return [o.f() for o in objs]


objs = [C() for _ in range(5)]
for _ in range(100):
    r = call_all(objs)
print(r)
C.f = lambda self: "two"
print(call_all(objs))
old = C.f
del C.f
try:
    call_all(objs)
except AttributeError as e:
    print("AttributeError:", e)
C.f = old
print(call_all(objs))
setattr(C, "f", lambda self: "three")
print(call_all(objs))
delattr(C, "f")
print(hasattr(objs[0], "f"))
