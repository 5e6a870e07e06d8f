funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 10
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        fs.append(lambda: j)
    return fs
print([f() for f in make()])
def make2():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n * 100)
        n += 1
    return fs
print([f() for f in make2()])
def later():
    x = 1
    def get():
        return x
    x = 2
    return get
print(later()())
