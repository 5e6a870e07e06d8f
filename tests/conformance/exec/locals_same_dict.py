def g():
    a = 1
    l1 = locals()
    b = 2
    l2 = locals()
    exec("c = 3")
    return l1 is l2, sorted(l1), locals()["c"]
print(g())

def h():
    q = 1
    d = locals()
    del q
    locals()
    return sorted(d)
print(h())

def k():
    v = 1
    locals()["v"] = 2
    return v
print(k())
