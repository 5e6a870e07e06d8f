# The ast module: parse() to trees of the ast classes with their fields and
# positions, dump() with and without attributes and indentation, walk,
# NodeVisitor and NodeTransformer, literal_eval, get_docstring,
# get_source_segment, fix_missing_locations and SyntaxError from parse.
import ast
src = '''
"""doc"""
import os, sys as s
from . import x
from ..a.b import (c as d, e)
@dec(1)
def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str:
    global g
    x = y = a + b * -c ** 2
    x += 1
    z: int = 5
    del x
    return f"{a!r:>{b}} and {c}"
async def h():
    async with a as b, c:
        await b
    async for i in j:
        yield i
class C(B, metaclass=M):
    def m(self): pass
for i in range(10):
    if i % 2 == 0 and not i or i > 3:
        continue
    elif i in (1, 2):
        break
    else:
        pass
else:
    pass
while True:
    try:
        raise ValueError("x") from None
    except (ValueError, TypeError) as e:
        pass
    except Exception:
        raise
    else:
        pass
    finally:
        assert x, "msg"
with open(f) as fh, g:
    pass
lam = lambda x, *y, z=1, **w: x if y else z
comp = [i for i in range(3) if i for j in k]
sc = {i for i in x}
dc = {k: v for k, v in d.items()}
ge = (i for i in x)
d = {1: 2, **e}
s2 = {1, 2}
t = a[1:2:3], a[::], a[1, 2], a[...]
n = (y := 10)
print(*args, sep='', **kw)
x = 1 if y else 2
b = b'\\x00ab' + 'é'
big = 123456789012345678901234567890 + 0x1F + 1.5e3 + 2j + True + None
a < b <= c != d is not e not in f
match cmd:
    case [1, 2, *rest]:
        pass
    case {"k": v, **others}:
        pass
    case Point(x=0, y=yy) | Point(1, 2):
        pass
    case None | True:
        pass
    case str() as s if s:
        pass
    case _:
        pass
try:
    pass
except* ValueError:
    pass
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=1))
print(ast.dump(tree, include_attributes=True)[:3000])
e = ast.parse("1 + 2*x", mode="eval")
print(ast.dump(e))
for node in ast.walk(tree):
    pass
print(sum(1 for _ in ast.walk(tree)))
print(ast.literal_eval("{'a': [1, 2.5, -3, (True, None)], 'b': {1, 2}, 'c': b'x', 'd': 1+2j, 'e': set()}"))
for bad in ["x", "1 + x", "f()", "[1, 2"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as exc:
        print(type(exc).__name__, str(exc).split(':')[0])
class V(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
v = V(); v.visit(tree); print(v.names[:20])
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
t2 = T().visit(ast.parse("a = 1 + 2\nb = 'x'"))
print(ast.dump(t2))
print(ast.get_docstring(tree))
print(ast.get_source_segment(src, tree.body[4]))
print(ast.dump(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], [])), include_attributes=True))
try:
    ast.parse("def f(:\n pass")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse("x = 'é'; y = 1", mode="exec"), include_attributes=True))
print(isinstance(tree.body[0], ast.stmt), ast.Name._fields, ast.Constant.kind, ast.Load() is ast.Load())
print(type(ast.parse("x").body[0].value.ctx) is ast.Load, ast.parse("x").body[0].value.ctx is ast.parse("y").body[0].value.ctx)
for text in ["42", "-7", "+3.5", "'s'", "b'b'", "(1,)", "[]", "{}", "{1: {2: [3]}}", "1-2j", "-1+2j",
             "  [1, 2]", "None", "True", "...", "(1, [2, {3}])", "0x10", "1_000", "'a' 'b'"]:
    print(repr(text), repr(ast.literal_eval(text)))
for text in ["a + 1", "1 + 1", "-'x'", "{**a}", "[*a]", "f'{x}'", "lambda: 1", "(yield)"]:
    try:
        ast.literal_eval(text)
        print('accepted', text)
    except ValueError as exc:
        print('ValueError', str(exc).split(':')[0])
    except SyntaxError as exc:
        print('SyntaxError', exc.msg)
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")), ast.literal_eval(ast.Constant(5)))
n = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(ast.dump(n), n.left.value, type(ast.iter_fields(n)).__name__)
try:
    ast.Name('a', ast.Load(), 'extra')
except TypeError as exc:
    print('TypeError', exc)
print(ast.dump(ast.Name(id='q')), hasattr(ast.Name(), 'id'))
print([type(c).__name__ for c in ast.iter_child_nodes(ast.parse("x = f(1, *a, k=2)").body[0].value)])
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse(b"y = 'bytes source'")))
print(ast.increment_lineno(ast.parse("a\nb"), 3).body[1].lineno)
