"""_ast_source: an ast tree written back as source text, for compile() of a tree.

closured compiles source text only, so compile(tree, filename, mode) writes the tree out
and compiles that. The text is made for the compiler, not for reading: every compound
expression is in parentheses (no precedence to get wrong), an f-string becomes a call of
str.format on a literal, and each statement goes on the line its lineno names when the
lines rise (so tracebacks and co_firstlineno point where the tree says), else on the next."""

import ast

_BINOPS = {ast.Add: '+', ast.Sub: '-', ast.Mult: '*', ast.MatMult: '@', ast.Div: '/',
           ast.Mod: '%', ast.Pow: '**', ast.LShift: '<<', ast.RShift: '>>', ast.BitOr: '|',
           ast.BitXor: '^', ast.BitAnd: '&', ast.FloorDiv: '//'}
_UNARY = {ast.Invert: '~', ast.Not: 'not ', ast.UAdd: '+', ast.USub: '-'}
_COMPARE = {ast.Eq: '==', ast.NotEq: '!=', ast.Lt: '<', ast.LtE: '<=', ast.Gt: '>',
            ast.GtE: '>=', ast.Is: 'is', ast.IsNot: 'is not', ast.In: 'in',
            ast.NotIn: 'not in'}
_WANT = {'exec': ast.Module, 'eval': ast.Expression, 'single': ast.Interactive}


def source(tree, mode):
    """The source text of tree for compile() in mode ('exec', 'eval' or 'single');
    TypeError when tree is no AST or not the node mode compiles."""
    if not isinstance(tree, ast.AST):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    want = _WANT[mode]
    if not isinstance(tree, want):
        raise TypeError('expected %s node, got %s' % (want.__name__, type(tree).__name__))
    w = _Writer()
    if mode == 'eval':
        return w.expr(tree.body) + '\n'
    if mode == 'single' and len(tree.body) > 1:
        # one interactive line: its simple statements joined by ';'
        return '; '.join(_Writer().one(node) for node in tree.body) + '\n'
    w.block(tree.body, 0)
    return ''.join(w.lines)


class _Writer:
    def __init__(self):
        self.lines = []

    # ---- statements -----------------------------------------------------------------

    def line(self, node, indent, text):
        """Puts text on node's line (its lineno) when that is further down, else next."""
        at = getattr(node, 'lineno', None) if node is not None else None
        if isinstance(at, int):
            while len(self.lines) + 1 < at:
                self.lines.append('\n')
        self.lines.append('    ' * indent + text + '\n')

    def one(self, node):
        """The text of statement node alone, on one line."""
        self.stmt(node, 0)
        return ''.join(self.lines).strip()

    def block(self, body, indent):
        if not body:
            self.line(None, indent, 'pass')
        for node in body:
            self.stmt(node, indent)

    def stmt(self, node, indent):
        method = getattr(self, 's_' + type(node).__name__, None)
        if method is None:
            raise TypeError('compile(): cannot compile a %s node' % type(node).__name__)
        method(node, indent)

    def simple(self, node, indent, text):
        self.line(node, indent, text)

    def s_Expr(self, n, i):
        self.simple(n, i, self.expr(n.value))

    def s_Pass(self, n, i):
        self.simple(n, i, 'pass')

    def s_Break(self, n, i):
        self.simple(n, i, 'break')

    def s_Continue(self, n, i):
        self.simple(n, i, 'continue')

    def s_Return(self, n, i):
        self.simple(n, i, 'return' if n.value is None else 'return ' + self.expr(n.value))

    def s_Delete(self, n, i):
        self.simple(n, i, 'del ' + ', '.join(self.target(t) for t in n.targets))

    def s_Assign(self, n, i):
        lhs = ''.join(self.target(t) + ' = ' for t in n.targets)
        self.simple(n, i, lhs + self.expr(n.value))

    def s_AugAssign(self, n, i):
        self.simple(n, i, '%s %s= %s' % (self.target(n.target), _BINOPS[type(n.op)],
                                          self.expr(n.value)))

    def s_AnnAssign(self, n, i):
        target = self.target(n.target)
        if not n.simple and isinstance(n.target, ast.Name):
            target = '(' + target + ')'
        text = target + ': ' + self.expr(n.annotation)
        if n.value is not None:
            text += ' = ' + self.expr(n.value)
        self.simple(n, i, text)

    def s_Raise(self, n, i):
        text = 'raise'
        if n.exc is not None:
            text += ' ' + self.expr(n.exc)
        if n.cause is not None:
            text += ' from ' + self.expr(n.cause)
        self.simple(n, i, text)

    def s_Assert(self, n, i):
        text = 'assert ' + self.expr(n.test)
        if n.msg is not None:
            text += ', ' + self.expr(n.msg)
        self.simple(n, i, text)

    def s_Global(self, n, i):
        self.simple(n, i, 'global ' + ', '.join(n.names))

    def s_Nonlocal(self, n, i):
        self.simple(n, i, 'nonlocal ' + ', '.join(n.names))

    def s_Import(self, n, i):
        self.simple(n, i, 'import ' + ', '.join(self.alias(a) for a in n.names))

    def s_ImportFrom(self, n, i):
        where = '.' * (n.level or 0) + (n.module or '')
        self.simple(n, i, 'from %s import %s' % (where, ', '.join(self.alias(a)
                                                                 for a in n.names)))

    def alias(self, a):
        return a.name if a.asname is None else '%s as %s' % (a.name, a.asname)

    def decorated(self, n, i, head):
        for d in n.decorator_list:
            self.line(d, i, '@' + self.expr(d))
        self.line(n, i, head)
        self.block(n.body, i + 1)

    def s_FunctionDef(self, n, i, prefix='def '):
        head = '%s%s(%s)' % (prefix, n.name, self.arguments(n.args, True))
        if n.returns is not None:
            head += ' -> ' + self.expr(n.returns)
        self.decorated(n, i, head + ':')

    def s_AsyncFunctionDef(self, n, i):
        self.s_FunctionDef(n, i, 'async def ')

    def s_ClassDef(self, n, i):
        parts = [self.expr(b) for b in n.bases] + [self.keyword(k) for k in n.keywords]
        self.decorated(n, i, 'class %s(%s):' % (n.name, ', '.join(parts)))

    def orelse(self, body, i):
        if body:
            self.line(None, i, 'else:')
            self.block(body, i + 1)

    def s_If(self, n, i):
        self.line(n, i, 'if %s:' % self.expr(n.test))
        self.block(n.body, i + 1)
        self.orelse(n.orelse, i)

    def s_While(self, n, i):
        self.line(n, i, 'while %s:' % self.expr(n.test))
        self.block(n.body, i + 1)
        self.orelse(n.orelse, i)

    def s_For(self, n, i, prefix='for '):
        self.line(n, i, '%s%s in %s:' % (prefix, self.target(n.target), self.expr(n.iter)))
        self.block(n.body, i + 1)
        self.orelse(n.orelse, i)

    def s_AsyncFor(self, n, i):
        self.s_For(n, i, 'async for ')

    def s_With(self, n, i, prefix='with '):
        items = []
        for item in n.items:
            text = self.expr(item.context_expr)
            if item.optional_vars is not None:
                text += ' as ' + self.target(item.optional_vars)
            items.append(text)
        self.line(n, i, prefix + ', '.join(items) + ':')
        self.block(n.body, i + 1)

    def s_AsyncWith(self, n, i):
        self.s_With(n, i, 'async with ')

    def s_Try(self, n, i, star=''):
        self.line(n, i, 'try:')
        self.block(n.body, i + 1)
        for h in n.handlers:
            head = 'except' + star
            if h.type is not None:
                head += ' ' + self.expr(h.type)
                if h.name is not None:
                    head += ' as ' + h.name
            self.line(h, i, head + ':')
            self.block(h.body, i + 1)
        self.orelse(n.orelse, i)
        if n.finalbody:
            self.line(None, i, 'finally:')
            self.block(n.finalbody, i + 1)

    def s_TryStar(self, n, i):
        self.s_Try(n, i, '*')

    def s_Match(self, n, i):
        self.line(n, i, 'match %s:' % self.expr(n.subject))
        for case in n.cases:
            head = 'case ' + self.pattern(case.pattern)
            if case.guard is not None:
                head += ' if ' + self.expr(case.guard)
            self.line(case.pattern, i + 1, head + ':')
            self.block(case.body, i + 2)

    def pattern(self, p):
        kind = type(p).__name__
        if kind == 'MatchValue':
            return self.literal(p.value)
        if kind == 'MatchSingleton':
            return repr(p.value)
        if kind == 'MatchSequence':
            return '[' + ', '.join(self.pattern(x) for x in p.patterns) + ']'
        if kind == 'MatchStar':
            return '*' + (p.name or '_')
        if kind == 'MatchMapping':
            parts = ['%s: %s' % (self.literal(k), self.pattern(v))
                     for k, v in zip(p.keys, p.patterns)]
            if p.rest is not None:
                parts.append('**' + p.rest)
            return '{' + ', '.join(parts) + '}'
        if kind == 'MatchClass':
            parts = [self.pattern(x) for x in p.patterns]
            parts += ['%s=%s' % (k, self.pattern(v)) for k, v in zip(p.kwd_attrs,
                                                                      p.kwd_patterns)]
            return '%s(%s)' % (self.expr(p.cls), ', '.join(parts))
        if kind == 'MatchAs':
            if p.pattern is None:
                return p.name or '_'
            return '(%s as %s)' % (self.pattern(p.pattern), p.name)
        if kind == 'MatchOr':
            return '(' + ' | '.join(self.pattern(x) for x in p.patterns) + ')'
        raise TypeError('compile(): cannot compile a %s node' % kind)

    def literal(self, node):
        """A value of a pattern as the grammar wants it there: no parentheses."""
        if isinstance(node, ast.Constant):
            return repr(node.value)
        if isinstance(node, ast.UnaryOp):
            return '-' + self.literal(node.operand)
        if isinstance(node, ast.BinOp):
            return '%s %s %s' % (self.literal(node.left), _BINOPS[type(node.op)],
                                 self.literal(node.right))
        if isinstance(node, ast.Attribute):
            return self.literal(node.value) + '.' + node.attr
        return self.expr(node)

    # ---- expressions ----------------------------------------------------------------

    def target(self, node):
        if isinstance(node, ast.Tuple):
            return '(' + ''.join(self.target(e) + ', ' for e in node.elts) + ')'
        if isinstance(node, ast.List):
            return '[' + ', '.join(self.target(e) for e in node.elts) + ']'
        if isinstance(node, ast.Starred):
            return '*' + self.target(node.value)
        return self.expr(node)

    def expr(self, node):
        method = getattr(self, 'e_' + type(node).__name__, None)
        if method is None:
            raise TypeError('compile(): cannot compile a %s node' % type(node).__name__)
        return method(node)

    def e_Name(self, n):
        return n.id

    def e_Constant(self, n):
        v = n.value
        if v is ...:
            return '...'
        if isinstance(v, float) and v != v:
            return '(1e309 - 1e309)'
        if isinstance(v, (float, complex)) and repr(v) in ('inf', '-inf', 'infj', '-infj'):
            return '(%s1e309%s)' % ('-' if repr(v)[0] == '-' else '',
                                    'j' if isinstance(v, complex) else '')
        if isinstance(v, complex):
            return '(%r + %rj)' % (v.real, v.imag)
        return '(%r)' % (v,)

    def e_Attribute(self, n):
        return '%s.%s' % (self.atom(n.value), n.attr)

    def atom(self, node):
        text = self.expr(node)
        return text if isinstance(node, ast.Name) else '(' + text + ')'

    def e_Subscript(self, n):
        s = n.slice
        if isinstance(s, ast.Tuple) and s.elts:
            inner = ''.join(self.slice_part(e) + ', ' for e in s.elts)
        else:
            inner = self.slice_part(s)
        return '%s[%s]' % (self.atom(n.value), inner)

    def slice_part(self, node):
        if isinstance(node, ast.Slice):
            text = ':'.join(('' if x is None else self.expr(x)) for x in (node.lower,
                                                                        node.upper))
            if node.step is not None:
                text += ':' + self.expr(node.step)
            return text
        return self.expr(node)

    def e_Slice(self, n):
        return self.slice_part(n)

    def e_Starred(self, n):
        return '*' + self.atom(n.value)

    def e_BinOp(self, n):
        return '(%s %s %s)' % (self.expr(n.left), _BINOPS[type(n.op)], self.expr(n.right))

    def e_UnaryOp(self, n):
        return '(%s%s)' % (_UNARY[type(n.op)], self.expr(n.operand))

    def e_BoolOp(self, n):
        op = ' and ' if isinstance(n.op, ast.And) else ' or '
        return '(' + op.join(self.expr(v) for v in n.values) + ')'

    def e_Compare(self, n):
        text = self.expr(n.left)
        for op, right in zip(n.ops, n.comparators):
            text += ' %s %s' % (_COMPARE[type(op)], self.expr(right))
        return '(' + text + ')'

    def e_IfExp(self, n):
        return '(%s if %s else %s)' % (self.expr(n.body), self.expr(n.test),
                                       self.expr(n.orelse))

    def e_NamedExpr(self, n):
        return '(%s := %s)' % (self.expr(n.target), self.expr(n.value))

    def e_Lambda(self, n):
        return '(lambda %s: %s)' % (self.arguments(n.args, False), self.expr(n.body))

    def e_Await(self, n):
        return '(await %s)' % self.expr(n.value)

    def e_Yield(self, n):
        return '(yield)' if n.value is None else '(yield %s)' % self.expr(n.value)

    def e_YieldFrom(self, n):
        return '(yield from %s)' % self.expr(n.value)

    def e_Call(self, n):
        parts = [self.expr(a) for a in n.args] + [self.keyword(k) for k in n.keywords]
        return '%s(%s)' % (self.atom(n.func), ', '.join(parts))

    def keyword(self, k):
        if k.arg is None:
            return '**' + self.expr(k.value)
        return '%s=%s' % (k.arg, self.expr(k.value))

    def e_Tuple(self, n):
        return '(' + ''.join(self.expr(e) + ', ' for e in n.elts) + ')'

    def e_List(self, n):
        return '[' + ', '.join(self.expr(e) for e in n.elts) + ']'

    def e_Set(self, n):
        if not n.elts:
            return '{*()}'
        return '{' + ', '.join(self.expr(e) for e in n.elts) + '}'

    def e_Dict(self, n):
        parts = [('**' + self.expr(v)) if k is None else '%s: %s' % (self.expr(k),
                                                                      self.expr(v))
                 for k, v in zip(n.keys, n.values)]
        return '{' + ', '.join(parts) + '}'

    def generators(self, gens):
        text = ''
        for g in gens:
            text += ' async for ' if g.is_async else ' for '
            text += '%s in %s' % (self.target(g.target), self.expr(g.iter))
            for cond in g.ifs:
                text += ' if ' + self.expr(cond)
        return text

    def e_ListComp(self, n):
        return '[%s%s]' % (self.expr(n.elt), self.generators(n.generators))

    def e_SetComp(self, n):
        return '{%s%s}' % (self.expr(n.elt), self.generators(n.generators))

    def e_GeneratorExp(self, n):
        return '(%s%s)' % (self.expr(n.elt), self.generators(n.generators))

    def e_DictComp(self, n):
        return '{%s: %s%s}' % (self.expr(n.key), self.expr(n.value),
                               self.generators(n.generators))

    def e_JoinedStr(self, n):
        # f'a{x!r:>{w}}' is '{}{!r:>{}}'.format('a', x, w) in effect: a format string on a
        # literal (its braces doubled) and the values in order
        fmt, values = self.format_of(n)
        if not values:
            return '(%r)' % fmt.replace('{{', '{').replace('}}', '}')
        return '(%r).format(%s)' % (fmt, ', '.join(values))

    def format_of(self, n):
        fmt, values = '', []
        for part in n.values:
            if isinstance(part, ast.Constant):
                fmt += str(part.value).replace('{', '{{').replace('}', '}}')
                continue
            values.append(self.expr(part.value))
            field = '{'
            if part.conversion not in (-1, None):
                field += '!' + chr(part.conversion)
            if part.format_spec is not None:
                spec, inner = self.format_of(part.format_spec)
                field += ':' + spec
                values.extend(inner)
            fmt += field + '}'
        return fmt, values

    def e_FormattedValue(self, n):
        return self.e_JoinedStr(ast.JoinedStr(values=[n]))

    # ---- parameters -----------------------------------------------------------------

    def arguments(self, a, annotated):
        def one(arg, default=None):
            text = arg.arg
            if annotated and arg.annotation is not None:
                text += ': ' + self.expr(arg.annotation)
            if default is not None:
                text += '=' + self.expr(default)
            return text

        parts = []
        positional = list(a.posonlyargs) + list(a.args)
        defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
        for k, (arg, default) in enumerate(zip(positional, defaults)):
            parts.append(one(arg, default))
            if a.posonlyargs and k == len(a.posonlyargs) - 1:
                parts.append('/')
        if a.vararg is not None:
            parts.append('*' + one(a.vararg))
        elif a.kwonlyargs:
            parts.append('*')
        for arg, default in zip(a.kwonlyargs, a.kw_defaults):
            parts.append(one(arg, default))
        if a.kwarg is not None:
            parts.append('**' + one(a.kwarg))
        return ', '.join(parts)
