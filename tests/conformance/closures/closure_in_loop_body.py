results = []
for i in range(3):
    def show(prefix):
        return prefix + str(i)
    results.append(show)
print([f("v") for f in results])
def in_func():
    out = []
    for i in range(3):
        def cap():
            return i
        out.append(cap)
        def bound(i=i):
            return i
        out.append(bound)
    return [f() for f in out]
print(in_func())
def cell_per_call():
    fs = []
    for i in range(3):
        fs.append((lambda k: lambda: k * k)(i))
    return [f() for f in fs]
print(cell_per_call())
