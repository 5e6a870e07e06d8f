funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
print([f(99) for f in funcs])
print(funcs[2].__defaults__)
def make():
    out = []
    for name in ["a", "b", "c"]:
        def show(prefix="", name=name):
            return prefix + name
        out.append(show)
    return out
print([f() for f in make()])
print([f(">") for f in make()])
print(make()[1].__defaults__)
print(make()[0].__closure__)
