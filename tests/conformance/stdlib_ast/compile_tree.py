# compile() of an ast tree: Module for exec, Expression for eval, Interactive for single;
# a tree a NodeTransformer changed runs as changed, and its line numbers are the tree's.
import ast
import sys
import traceback

SOURCE = '''
import math
from collections import namedtuple as nt

def deco(f):
    def wrapper(*args, **kwargs):
        return ("decorated", f(*args, **kwargs))
    return wrapper

@deco
def area(r, /, scale=2, *rest, unit="cm", **extra):
    """the area"""
    return round(math.pi * r ** 2 * scale, 2), unit, rest, extra

class Shape(object, metaclass=type):
    sides: int = 0
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Shape({self.name!r}, {self.sides:>3}, {self.name=}, {3.14159:.{2}f})"

print(area(1), area(2, 3, 4, 5, unit="m", x=1))
s = Shape("sq"); s.sides = 4
print(s, [x * x for x in range(5) if x % 2], {k: v for k, v in zip("ab", (1, 2))})
print({x for x in "aab"} == {"a", "b"}, sum(x for x in range(4)), (lambda *a, k=1: (a, k))(1, 2))
total = 0
for i in range(10):
    if i == 7:
        break
    if i % 2:
        continue
    total += i
else:
    total = -1
while total > 5:
    total -= 5
print(total, [a for a, *b in [(1, 2, 3)]], (y := 9) + y, not total, -total, ~total)
try:
    {}["missing"]
except (KeyError, IndexError) as e:
    print("caught", repr(e))
else:
    print("no")
finally:
    print("finally")
match (1, [2, 3], {"k": "v"}):
    case (1, [2, *rest], {"k": str() as v}) if rest:
        print("matched", rest, v)
    case _:
        print("nothing")
P = nt("P", "x y")
print(P(1, 2), 3 if total else 4, 1 < 2 <= 2 != 3, "a" in "abc", None is None)
def gen():
    x = yield 1
    yield from [x, 2]
g = gen(); print(next(g), g.send(10), next(g), b"x" b"y", ..., 1e309, 2j)
with __import__("contextlib").nullcontext(5) as c, __import__("contextlib").nullcontext():
    print("with", c)
del c
x = [1, 2, 3]; x[1:2] = [7, 8]; x[::2] = [0, 0]
print(x, x[-1], x[1:], x[:1], x[::-1])
'''

tree = ast.parse(SOURCE, "<tree>")
exec(compile(tree, "<tree>", "exec"), {"__name__": "treemod"})

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

expr = ast.parse("(1 + 2) * 10 - 3", mode="eval")
print(eval(compile(expr, "<e>", "eval")), eval(compile(Double().visit(expr), "<e>", "eval")))

ns = {}
exec(compile(ast.parse("def f(a):\n    return a + 1\n"), "m", "exec"), ns)
print(ns["f"](4), ns["f"].__code__.co_firstlineno, ns["f"].__code__.co_filename)

built = ast.Module(body=[ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                                          [ast.Constant("built by hand")], []))],
                   type_ignores=[])
exec(compile(ast.fix_missing_locations(built), "<hand>", "exec"))

bad = ast.parse("x = 1\n\n\ny = 1 / 0\n")
try:
    exec(compile(bad, "<lines>", "exec"))
except ZeroDivisionError:
    print(traceback.extract_tb(sys.exc_info()[2])[-1][:3])
print(compile(bad, "<t>", "exec", ast.PyCF_ONLY_AST) is bad)
for wrong in (ast.parse("1", mode="eval"), ast.Name("x", ast.Load()), 5):
    try:
        compile(wrong, "<w>", "exec")
    except TypeError as e:
        print("TypeError:", e)
