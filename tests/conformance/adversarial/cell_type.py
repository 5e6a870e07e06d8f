# types.CellType makes cells: empty or holding a value, usable as closures.
import types
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print('ValueError', e)
c.cell_contents = [1]
print(c.cell_contents, types.CellType(5).cell_contents, type(types.CellType(1)).__name__)
print(types.CellType(1) == types.CellType(1), types.CellType() == types.CellType())
for args, kw in [((1, 2), {}), ((), {'x': 1})]:
    try:
        types.CellType(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
def outer():
    x = 1
    def f():
        return x
    return f
f = outer()
cell = types.CellType('shared')
f.__closure__[0].cell_contents = 'changed'
print(f(), cell.cell_contents)
