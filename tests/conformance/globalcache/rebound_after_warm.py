# A module global read through a warmed LOAD_GLOBAL cache, then rebound in
# every way a program can: STORE_GLOBAL, globals()[...], dict methods on
# globals(), setattr on the module object, del and re-definition.
import sys


def one():
    return 1


def two():
    return 2


def three():
    return 3


def call():
    return target()


target = one
for _ in range(5):
    call()
print("warm", call())

target = two
print("store_global", call())

globals()["target"] = three
print("globals item", call())

g = globals()
g.update(target=one)
print("update", call())

g.setdefault("target", two)
print("setdefault kept", call())

g.pop("target")
try:
    call()
except NameError as e:
    print("popped:", e)

g.setdefault("target", two)
print("setdefault added", call())

setattr(sys.modules[__name__], "target", three)
print("setattr module", call())

vars(sys.modules[__name__])["target"] = one
print("vars item", call())


def rebind(fn):
    global target
    target = fn


rebind(two)
print("global stmt", call())

del target
try:
    call()
except NameError as e:
    print("deleted:", e)


def target():
    return "redefined"


print("def again", call())

# a global read in a loop while the loop itself rebinds it
counter = 0


def bump():
    global counter
    counter = counter + 1
    return counter


seen = [bump() for _ in range(6)]
print(seen, counter)

# an exec'd function reading a global of its own globals dict
ns = {"k": 10}
exec("def getk():\n    return k\n", ns)
getk = ns["getk"]
print([getk() for _ in range(3)])
ns["k"] = 11
print(getk())
del ns["k"]
try:
    getk()
except NameError as e:
    print("exec globals:", e)
ns.clear()
ns["k"] = 12
try:
    getk()
except NameError as e:
    print("cleared:", e)
