# ast's aliases of Python 3.7 for constants (Num, Str, Bytes, NameConstant, Ellipsis):
# calling one makes a Constant, isinstance() tells constants apart by their value's
# kind, .n and .s read the value, and a visitor's visit_Num/visit_Str still run.
import ast
import warnings

tree = ast.parse("x = 1 + 2.5j - True\ny = 'a' + b'b'\nz = None or ...\n")
kinds = []
for node in ast.walk(tree):
    if isinstance(node, ast.Constant):
        kinds.append((repr(node.value), [c.__name__ for c in (ast.Num, ast.Str, ast.Bytes,
                                                              ast.NameConstant, ast.Ellipsis)
                                         if isinstance(node, c)]))
print(kinds)
num = ast.Num(5)
print(type(num).__name__, num.value, num.n, ast.dump(ast.Str('s')), ast.Ellipsis().value)
num.n = 7
print(num.value, ast.Str(s='t').s, isinstance(ast.Name('q'), ast.Str), ast.Num._fields)
print(ast.Str.__doc__)


class Old(ast.NodeVisitor):
    def visit_Num(self, node):
        print('num', node.n)

    def visit_Str(self, node):
        print('str', node.s)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    Old().visit(tree)
print(sorted({str(w.message) for w in caught}), {w.category.__name__ for w in caught})
