# Module-level stores of a name already bound replace its value in place;
# everything that reads or changes the module's dict another way must see the
# same bindings: functions' cached global loads, del at top level, globals()
# writes, builtins shadowed and unshadowed, replaced values' finalizers and
# weak references, equal keys that are not the interned name, exec.
import weakref

total = 0
for k in range(1000):
    total += k
print(total, k)


def reads():
    return total, k


print(reads())
for k in range(3):
    total = total * 2
    print(reads())

# del at top level, then rebound; NameError in between
x = 1
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
for x in range(3):
    pass
print(x)
del x
x = "back"
print(x, reads())

# globals() writes and module stores, both ways
globals()["y"] = 10
y = y + 1
print(y, globals()["y"])
for y in range(2):
    globals()["y"] = y + 100
    print(y)
print(y)

# a key equal to the name but not the interned str
key = "".join(["z", "z"])
globals()[key] = "by join"
zz = "by store"
print(zz, globals()[key], sum(1 for n in globals() if n == "zz"))

# builtins shadowed at module level, then unshadowed
def use_len():
    return len("abc")


print(use_len())
for len in (lambda s: -1, lambda s: -2):
    print(use_len(), len("x"))
del len
print(use_len(), len("abcd"))
print = print  # shadows the builtin with itself
print("still prints")
del print
print("builtin again")

# the replaced value's finalizer runs at the store, as CPython (refcounting)
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


obj = Noisy("first")
for i in range(3):
    obj = Noisy("n%d" % i)
    print("stored", i)
obj = None
print("after")


class Target:
    pass


t = Target()
r = weakref.ref(t, lambda ref: print("callback"))
t = 5
print(r() is None, t)

# exec with its own globals: stores go to that dict
ns = {"a": 1}
exec("for a in range(5):\n    b = a * 2\n", ns)
print(ns["a"], ns["b"])
exec("a = a + 100\n", ns)
print(ns["a"])
code = compile("for q in range(4):\n    s = q\n", "<m>", "exec")
g2 = {}
exec(code, g2)
exec(code, g2)
print(g2["q"], g2["s"])

# many globals: the dict grows under the loop's names
for j in range(300):
    globals()["name%d" % j] = j
for j in range(5):
    total = j
print(total, name299, len([n for n in globals() if n.startswith("name")]))
