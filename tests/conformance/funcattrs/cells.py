def make():
    x = 1
    y = 1

    def get():
        return x, y
    return get


g = make()
c1, c2 = g.__closure__
print(c1 == c2, c1.cell_contents, g())
c1.cell_contents = 10
print(g(), c1 == c2, c1 != c2)
del c2.cell_contents
try:
    g()
except NameError as e:
    print(e)
try:
    c2.cell_contents
except ValueError as e:
    print(e)
c2.cell_contents = 5
print(g())
try:
    c1.other = 1
except AttributeError as e:
    print(e)
