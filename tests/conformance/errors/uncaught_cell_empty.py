def outer():
    def g():
        return x
    print("reading empty cell")
    return g.__closure__[0].cell_contents
    x = 1
outer()
