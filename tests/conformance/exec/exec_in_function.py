def f():
    x = 1
    exec("x = 2\ny = 3")
    return x

print(f())

def g():
    ns = {}
    exec("z = 10\nw = z + 1", ns)
    return ns["w"]
print(g())
