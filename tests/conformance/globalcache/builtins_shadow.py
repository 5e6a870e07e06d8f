# Builtins read through the LOAD_GLOBAL cache, shadowed by a module global,
# patched in the builtins module, then un-shadowed and restored.
import builtins


def use_len(x):
    return len(x)


def use_abs(x):
    return abs(x)


for _ in range(5):
    use_len([1, 2])
print("builtin", use_len([1, 2]))

len = lambda x: "shadow"  # noqa: E731
print("shadowed", use_len([1, 2]))

del len
print("unshadowed", use_len([1, 2]))

saved = builtins.len
builtins.len = lambda x: "patched"
print("patched builtin", use_len([1, 2]))

globals()["len"] = lambda x: "global wins"
print("global over patched", use_len([1, 2]))
globals().pop("len")
print("patched again", use_len([1, 2]))

builtins.len = saved
print("restored", use_len([1, 2]))

print(use_abs(-3))
saved_abs = builtins.abs
del builtins.abs
try:
    use_abs(-3)
except NameError as e:
    print("deleted builtin:", e)
builtins.abs = saved_abs
print(use_abs(-4))

# a builtin name bound inside a loop that also calls the function
results = []
for i in range(4):
    if i == 2:
        max = lambda *a: "mine"  # noqa: E731
    results.append((lambda: max(1, 2))())
del max
results.append((lambda: max(1, 2))())
print(results)

# shadowing through setattr on the builtins module while warm
def spam():
    return sorted([3, 1, 2])


print(spam())
setattr(builtins, "sorted", lambda xs: "fake")
print(spam())
del builtins.sorted
try:
    spam()
except NameError as e:
    print(e)
