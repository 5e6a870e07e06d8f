# ast's helpers on hand-made and parsed trees: dump's layouts (positional
# fields, int and str indents, fields left unset, optional fields left None,
# attributes), fix_missing_locations filling from the nearest parent,
# copy_location and increment_lineno, iter_fields on partial nodes,
# get_docstring's cases, get_source_segment across lines (padded, \r\n, wide
# characters), and NodeTransformer removing, replacing, splicing and deleting.
import ast

tree = ast.parse("def f(a, b=1):\n    '''  Doc\n      more\n    '''\n    return a + b\n")
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, indent=2))
print(ast.dump(tree.body[0].args, indent='..'))
print(ast.dump(ast.Call(ast.Name('f'), [ast.Constant(1)])))
print(ast.dump(ast.Call(ast.Name('f'), [ast.Constant(1)]), annotate_fields=False))
print(ast.dump(ast.Return(), include_attributes=True))
print(ast.dump(ast.Constant(3, lineno=2), include_attributes=True))
print(ast.dump(ast.List([], ast.Load()), indent=3))
print(ast.dump(ast.parse('x[1:2, ::3]'), annotate_fields=False, indent=1))
print(ast.dump(ast.parse('f(a)(b)(c)'), indent=0))
for bad in [1, [ast.Pass()], None]:
    try:
        ast.dump(bad)
    except TypeError as exc:
        print('TypeError', exc)

# fix_missing_locations: a node without positions takes its parent's
inner = ast.BinOp(ast.Name('x', ast.Load()), ast.Add(), ast.Constant(1))
stmt = ast.Expr(inner, lineno=5, col_offset=4)
mod = ast.Module([stmt, ast.Pass()], [])
ast.fix_missing_locations(mod)
for node in ast.walk(mod):
    print(type(node).__name__, [getattr(node, a, '-') for a in
                                ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')])

# copy_location copies only what the old node has
old = ast.parse('(  y)').body[0].value
new = ast.copy_location(ast.Name('z', ast.Load()), old)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
partial = ast.Name('p', lineno=9)
print(ast.dump(ast.copy_location(ast.Name('q'), partial), include_attributes=True))
print(ast.dump(ast.copy_location(ast.Load(), partial)))

# increment_lineno moves starts and ends
moved = ast.increment_lineno(ast.parse('a = (1,\n 2)\nb'), 10)
print([(type(n).__name__, n.lineno, n.end_lineno) for n in ast.walk(moved)
       if hasattr(n, 'lineno')])

# iter_fields skips unset fields; iter_child_nodes keeps order
half = ast.BinOp(left=ast.Constant(1))
print([name for name, _ in ast.iter_fields(half)], list(ast.iter_fields(ast.Pass())))
print([type(c).__name__ for c in ast.iter_child_nodes(ast.parse('f(x, *y)\nz = 1'))])

# get_docstring
print(repr(ast.get_docstring(tree.body[0])))
print(repr(ast.get_docstring(tree.body[0], clean=False)))
print(ast.get_docstring(ast.parse('x = 1')), ast.get_docstring(ast.parse('1')))
print(ast.get_docstring(ast.parse('class C:\n  "c doc"\n').body[0]), ast.get_docstring(ast.Module([], [])))
print(ast.get_docstring(ast.parse('async def g():\n  b"not"\n').body[0]))
try:
    ast.get_docstring(ast.parse('x').body[0])
except TypeError as exc:
    print('TypeError', exc)

# get_source_segment
src = "x = 1\nif ok:\n    y = (1 +\n         2)\n    z = 'é' + 'ü'\r\nw = [\r\n 3]\n"
body = ast.parse(src).body
for node in ast.walk(ast.parse(src)):
    if isinstance(node, (ast.stmt, ast.BinOp, ast.Constant)):
        print(type(node).__name__, repr(ast.get_source_segment(src, node)))
print(repr(ast.get_source_segment(src, body[1].body[0].value, padded=True)))
print(repr(ast.get_source_segment("if a:\n\t\tb = (1,\n 2)", ast.parse("if a:\n\t\tb = (1,\n 2)").body[0].body[0].value, padded=True)))
print(ast.get_source_segment(src, ast.Name('n')), ast.get_source_segment(src, ast.Name('n', lineno=1, col_offset=0)))
ff = 's = "a\fb"\ny = 1\n'
print([ast.get_source_segment(ff, n) for n in ast.parse(ff).body])


# NodeTransformer: None removes, a list splices, a node replaces, and a
# non-list field whose visit returns None is deleted
class T(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None

    def visit_Expr(self, node):
        return [ast.Expr(ast.Constant('a')), ast.Expr(ast.Constant('b'))]

    def visit_Name(self, node):
        if node.id == 'gone':
            return None
        return ast.Name(node.id.upper(), node.ctx)

    def visit_Constant(self, node):
        self.generic_visit(node)
        return node


out = T().visit(ast.parse('pass\nf(1)\nx = y\ndef h():\n    return gone\nif q:\n    pass\n    x\n'))
print(ast.dump(out))
print(hasattr(out.body[3].body[0], 'value'))


class Count(ast.NodeVisitor):
    def __init__(self):
        self.seen = {}

    def generic_visit(self, node):
        name = type(node).__name__
        self.seen[name] = self.seen.get(name, 0) + 1
        super().generic_visit(node)


counter = Count()
counter.visit(ast.parse('a = [b, c(d), {e: f}]'))
print(sorted(counter.seen.items()))
print(Count().visit(ast.Constant(1)), type(T().visit(ast.Constant(2))).__name__)
