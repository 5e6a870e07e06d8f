def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())
print(c1.__closure__[0].cell_contents, c2.__closure__[0].cell_contents)
def counter_step(start=0, step=1):
    value = start
    def nxt():
        nonlocal value
        old = value
        value += step
        return old
    return nxt
n = counter_step(10, 5)
print([n() for _ in range(4)])
