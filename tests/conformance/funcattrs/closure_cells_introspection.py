def make_counter():
    count = 0
    step = 1

    def incr():
        nonlocal count
        count += step
        return count
    return incr


c = make_counter()
c(), c()
names = c.__code__.co_freevars
cells = c.__closure__
print(names, [cell.cell_contents for cell in cells])
dict(zip(names, cells))["step"].cell_contents = 10
print(c(), c())


class Holder:
    def __init__(self):
        self.v = 0

    def bump(self):
        def inner():
            self.v += 1
            return self.v
        return inner


h = Holder()
f = h.bump()
f()
print(f.__closure__[0].cell_contents is h, h.v, f.__code__.co_freevars)
