def a():
    x = "a"
    calls = []
    def b():
        y = "b"
        def c():
            nonlocal x, y
            x = x + "!"
            y = y + "?"
            calls.append(x + y)
            return x, y
        c()
        c()
        return y, c
    yb, c = b()
    print(yb, x)
    c()
    print(x, calls)
    return c
c = a()
print(c.__code__.co_freevars)
print([cell.cell_contents for cell in c.__closure__])
