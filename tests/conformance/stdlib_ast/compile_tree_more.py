# More of compile() of a tree: async code, except*, global and nonlocal, annotations,
# augmented assignment to subscripts and attributes, and 'single' mode.
import ast
import asyncio

SOURCE = '''
import asyncio
counter = 0
def outer():
    n = 0
    def inner():
        nonlocal n
        global counter
        n += 1
        counter += 10
        return n
    return inner
f = outer(); f(); print(f(), counter)
async def twice(x):
    await asyncio.sleep(0)
    return [y async for y in agen(x)]
async def agen(x):
    for i in range(2):
        yield x * i
print(asyncio.run(twice(3)))
try:
    raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
except* ValueError as eg:
    print("values", [repr(e) for e in eg.exceptions])
except* KeyError:
    print("keys")
class Box:
    pass
b = Box(); b.items = {"a": [1]}
b.items["a"][0] += 5; b.items["a"] *= 2
(b.total): int = 3
print(b.items, b.total)
del b.items["a"], b.total
print(vars(b))
'''
exec(compile(ast.parse(SOURCE), "<more>", "exec"), {"__name__": "more"})
exec(compile(ast.parse("1 + 1; print('single')", mode="single"), "<s>", "single"))
code = compile(ast.parse("x = 5\nx * 2", mode="exec"), "<c>", "exec")
ns = {}
exec(code, ns)
print(ns["x"], code.co_filename)
