"""ast for closured: Python's syntax trees as objects. parse() runs
closured's own parser (the native _ast hands the tree over as nested tuples,
built here into nodes of CPython 3.11's classes with their fields and
positions); literal_eval, dump, walk, NodeVisitor, NodeTransformer and the
location helpers work on them, and the aliases CPython 3.11 still keeps
for constants (Num, Str, Bytes, NameConstant, Ellipsis). compile() takes a
tree (Module, Expression, Interactive) by writing it back as source text
(_ast_source.py), since closured compiles source text only."""

import _ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    """The base of every node class."""

    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, len(fields),
                               '' if len(fields) == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = 'ast'

_POS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

# name: (base, fields, optional fields (class-level None), has positions)
_SPEC = [
    ('mod', 'AST', '', '', False),
    ('Module', 'mod', 'body type_ignores', '', False),
    ('Interactive', 'mod', 'body', '', False),
    ('Expression', 'mod', 'body', '', False),
    ('FunctionType', 'mod', 'argtypes returns', '', False),
    ('stmt', 'AST', '', '', True),
    ('FunctionDef', 'stmt', 'name args body decorator_list returns type_comment',
     'returns type_comment', True),
    ('AsyncFunctionDef', 'stmt', 'name args body decorator_list returns type_comment',
     'returns type_comment', True),
    ('ClassDef', 'stmt', 'name bases keywords body decorator_list', '', True),
    ('Return', 'stmt', 'value', 'value', True),
    ('Delete', 'stmt', 'targets', '', True),
    ('Assign', 'stmt', 'targets value type_comment', 'type_comment', True),
    ('AugAssign', 'stmt', 'target op value', '', True),
    ('AnnAssign', 'stmt', 'target annotation value simple', 'value', True),
    ('For', 'stmt', 'target iter body orelse type_comment', 'type_comment', True),
    ('AsyncFor', 'stmt', 'target iter body orelse type_comment', 'type_comment', True),
    ('While', 'stmt', 'test body orelse', '', True),
    ('If', 'stmt', 'test body orelse', '', True),
    ('With', 'stmt', 'items body type_comment', 'type_comment', True),
    ('AsyncWith', 'stmt', 'items body type_comment', 'type_comment', True),
    ('Match', 'stmt', 'subject cases', '', True),
    ('Raise', 'stmt', 'exc cause', 'exc cause', True),
    ('Try', 'stmt', 'body handlers orelse finalbody', '', True),
    ('TryStar', 'stmt', 'body handlers orelse finalbody', '', True),
    ('Assert', 'stmt', 'test msg', 'msg', True),
    ('Import', 'stmt', 'names', '', True),
    ('ImportFrom', 'stmt', 'module names level', 'module level', True),
    ('Global', 'stmt', 'names', '', True),
    ('Nonlocal', 'stmt', 'names', '', True),
    ('Expr', 'stmt', 'value', '', True),
    ('Pass', 'stmt', '', '', True),
    ('Break', 'stmt', '', '', True),
    ('Continue', 'stmt', '', '', True),
    ('expr', 'AST', '', '', True),
    ('BoolOp', 'expr', 'op values', '', True),
    ('NamedExpr', 'expr', 'target value', '', True),
    ('BinOp', 'expr', 'left op right', '', True),
    ('UnaryOp', 'expr', 'op operand', '', True),
    ('Lambda', 'expr', 'args body', '', True),
    ('IfExp', 'expr', 'test body orelse', '', True),
    ('Dict', 'expr', 'keys values', '', True),
    ('Set', 'expr', 'elts', '', True),
    ('ListComp', 'expr', 'elt generators', '', True),
    ('SetComp', 'expr', 'elt generators', '', True),
    ('DictComp', 'expr', 'key value generators', '', True),
    ('GeneratorExp', 'expr', 'elt generators', '', True),
    ('Await', 'expr', 'value', '', True),
    ('Yield', 'expr', 'value', 'value', True),
    ('YieldFrom', 'expr', 'value', '', True),
    ('Compare', 'expr', 'left ops comparators', '', True),
    ('Call', 'expr', 'func args keywords', '', True),
    ('FormattedValue', 'expr', 'value conversion format_spec', 'format_spec', True),
    ('JoinedStr', 'expr', 'values', '', True),
    ('Constant', 'expr', 'value kind', 'kind', True),
    ('Attribute', 'expr', 'value attr ctx', '', True),
    ('Subscript', 'expr', 'value slice ctx', '', True),
    ('Starred', 'expr', 'value ctx', '', True),
    ('Name', 'expr', 'id ctx', '', True),
    ('List', 'expr', 'elts ctx', '', True),
    ('Tuple', 'expr', 'elts ctx', '', True),
    ('Slice', 'expr', 'lower upper step', 'lower upper step', True),
    ('expr_context', 'AST', '', '', False),
    ('Load', 'expr_context', '', '', False),
    ('Store', 'expr_context', '', '', False),
    ('Del', 'expr_context', '', '', False),
    ('boolop', 'AST', '', '', False),
    ('And', 'boolop', '', '', False),
    ('Or', 'boolop', '', '', False),
    ('operator', 'AST', '', '', False),
    ('Add', 'operator', '', '', False),
    ('Sub', 'operator', '', '', False),
    ('Mult', 'operator', '', '', False),
    ('MatMult', 'operator', '', '', False),
    ('Div', 'operator', '', '', False),
    ('Mod', 'operator', '', '', False),
    ('Pow', 'operator', '', '', False),
    ('LShift', 'operator', '', '', False),
    ('RShift', 'operator', '', '', False),
    ('BitOr', 'operator', '', '', False),
    ('BitXor', 'operator', '', '', False),
    ('BitAnd', 'operator', '', '', False),
    ('FloorDiv', 'operator', '', '', False),
    ('unaryop', 'AST', '', '', False),
    ('Invert', 'unaryop', '', '', False),
    ('Not', 'unaryop', '', '', False),
    ('UAdd', 'unaryop', '', '', False),
    ('USub', 'unaryop', '', '', False),
    ('cmpop', 'AST', '', '', False),
    ('Eq', 'cmpop', '', '', False),
    ('NotEq', 'cmpop', '', '', False),
    ('Lt', 'cmpop', '', '', False),
    ('LtE', 'cmpop', '', '', False),
    ('Gt', 'cmpop', '', '', False),
    ('GtE', 'cmpop', '', '', False),
    ('Is', 'cmpop', '', '', False),
    ('IsNot', 'cmpop', '', '', False),
    ('In', 'cmpop', '', '', False),
    ('NotIn', 'cmpop', '', '', False),
    ('comprehension', 'AST', 'target iter ifs is_async', '', False),
    ('excepthandler', 'AST', '', '', True),
    ('ExceptHandler', 'excepthandler', 'type name body', 'type name', True),
    ('arguments', 'AST', 'posonlyargs args vararg kwonlyargs kw_defaults kwarg defaults',
     'vararg kwarg', False),
    ('arg', 'AST', 'arg annotation type_comment', 'annotation type_comment', True),
    ('keyword', 'AST', 'arg value', 'arg', True),
    ('alias', 'AST', 'name asname', 'asname', True),
    ('withitem', 'AST', 'context_expr optional_vars', 'optional_vars', False),
    ('match_case', 'AST', 'pattern guard body', 'guard', False),
    ('pattern', 'AST', '', '', True),
    ('MatchValue', 'pattern', 'value', '', True),
    ('MatchSingleton', 'pattern', 'value', '', True),
    ('MatchSequence', 'pattern', 'patterns', '', True),
    ('MatchMapping', 'pattern', 'keys patterns rest', 'rest', True),
    ('MatchClass', 'pattern', 'cls patterns kwd_attrs kwd_patterns', '', True),
    ('MatchStar', 'pattern', 'name', 'name', True),
    ('MatchAs', 'pattern', 'pattern name', 'pattern name', True),
    ('MatchOr', 'pattern', 'patterns', '', True),
    ('type_ignore', 'AST', '', '', False),
    ('TypeIgnore', 'type_ignore', 'lineno tag', '', False),
]

_classes = {'AST': AST}
for _name, _base, _fields, _optional, _has_pos in _SPEC:
    _ns = {'_fields': tuple(_fields.split()), '__module__': 'ast',
           '_attributes': _POS if _has_pos else ()}
    _ns['__match_args__'] = _ns['_fields']
    for _opt in _optional.split():
        _ns[_opt] = None
    if _has_pos:
        _ns['end_lineno'] = None
        _ns['end_col_offset'] = None
    _cls = type(_name, (_classes[_base],), _ns)
    _classes[_name] = _cls
    globals()[_name] = _cls
del _name, _base, _fields, _optional, _has_pos, _ns, _cls
if True:
    _opt = None
    del _opt

# operators and contexts are shared instances, as CPython's parser makes them
_singletons = {}


def _node(t):
    """An empty node of t's class (operators and contexts: the shared one)."""
    name = t[0]
    cls = _classes[name]
    if t[1] is None and not cls._fields:
        node = _singletons.get(name)
        if node is None:
            node = _singletons[name] = cls()
        return node, False
    node = cls.__new__(cls)
    pos = t[1]
    if pos is not None:
        d = node.__dict__
        d['lineno'], d['col_offset'], d['end_lineno'], d['end_col_offset'] = pos
    return node, True


def _build(root):
    """The node tree of the tuples _ast.parse made, built without recursion
    (a tree may be deeper than the recursion limit, as CPython's may)."""
    if type(root) is not tuple:
        return root
    top, fill = _node(root)
    # (source tuple or list, the node or list it fills)
    pending = [(root, top)] if fill else []
    while pending:
        src, dst = pending.pop()
        if type(src) is list:
            for item in src:
                if type(item) is tuple:
                    node, fill = _node(item)
                    if fill:
                        pending.append((item, node))
                    dst.append(node)
                elif type(item) is list:
                    sub = []
                    pending.append((item, sub))
                    dst.append(sub)
                else:
                    dst.append(item)
            continue
        d = dst.__dict__
        for field, value in zip(type(dst)._fields, src[2:]):
            if type(value) is tuple:
                node, fill = _node(value)
                if fill:
                    pending.append((value, node))
                d[field] = node
            elif type(value) is list:
                sub = []
                pending.append((value, sub))
                d[field] = sub
            else:
                d[field] = value
    return top


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """The syntax tree of source (str or bytes): a Module for mode 'exec',
    an Expression for 'eval', an Interactive for 'single'."""
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    if not isinstance(source, (str, bytes)):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if mode not in ('exec', 'eval', 'single'):
        if mode == 'func_type':
            raise ValueError("closured's ast.parse has no 'func_type' mode")
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    return _build(_ast.parse(source, str(filename), mode))


def literal_eval(node_or_string):
    """The value of a Python literal: strings, bytes, numbers, tuples,
    lists, dicts, sets, booleans, None and Ellipsis (and a complex number
    written as a sum); ValueError for anything else."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = 'malformed node or string'
        lno = getattr(node, 'lineno', None)
        if lno:
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node_or_string)


_MISSING = object()


def _field(node, name):
    """node's value for name, or _MISSING when it has none or holds the class's
    default None (a field left out when the node was made)."""
    value = getattr(node, name, _MISSING)
    if value is None and getattr(type(node), name, _MISSING) is None:
        return _MISSING
    return value


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree, as CPython writes it."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def opening(depth):
        # what goes after '(' or '[' and between the parts at this depth
        if indent is None:
            return '', ', '
        newline = '\n' + indent * depth
        return newline, ',' + newline

    def node_parts(value):
        # (label or None, field value): positional until a field is left
        # out, after which every part needs its name
        parts = []
        named = annotate_fields
        for name in value._fields:
            item = _field(value, name)
            if item is _MISSING:
                named = True
            else:
                parts.append((name if named else None, item))
        if include_attributes:
            parts.extend((name, _field(value, name)) for name in value._attributes)
            parts = [part for part in parts if part[1] is not _MISSING]
        return parts

    def render(value, depth):
        """(text, short): short when value fits on its parent's line."""
        if isinstance(value, list):
            if not value:
                return '[]', True
            head, between = opening(depth + 1)
            inner = between.join(render(item, depth + 1)[0] for item in value)
            return '[' + head + inner + ']', False
        if not isinstance(value, AST):
            return repr(value), True
        texts = []
        flat = True
        for label, item in node_parts(value):
            text, short = render(item, depth + 1)
            flat = flat and short
            texts.append(text if label is None else label + '=' + text)
        name = value.__class__.__name__
        if flat and len(texts) <= 3:
            return name + '(' + ', '.join(texts) + ')', not texts
        head, between = opening(depth + 1)
        return name + '(' + head + between.join(texts) + ')', False

    return render(node, 0)[0]


def copy_location(new_node, old_node):
    """Copies the four position attributes of old_node to new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node without a position its parent's, from the root down."""
    # a start (lineno, col_offset) counts as missing when absent, an end
    # when absent or None; the root's parent is at line 1, column 0
    pending = [(node, (1, 0, 1, 0))]
    while pending:
        current, outer = pending.pop()
        here = list(outer)
        for slot, attr in enumerate(_POS):
            if attr not in current._attributes:
                continue
            value = getattr(current, attr, _MISSING if slot < 2 else None)
            if value is _MISSING or value is None and slot >= 2:
                setattr(current, attr, outer[slot])
            else:
                here[slot] = value
        here = tuple(here)
        pending.extend((child, here) for child in iter_child_nodes(current))
    return node


def increment_lineno(node, n=1):
    """Moves node and its descendants n lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """(name, value) for each field node has."""
    for name in node._fields:
        value = getattr(node, name, _MISSING)
        if value is not _MISSING:
            yield name, value


def iter_child_nodes(node):
    """The direct child nodes of node: fields that are nodes, and the nodes
    in fields that are lists."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, AST))


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    first = node.body[0] if node.body else None
    doc = first.value if isinstance(first, Expr) else None
    if not (isinstance(doc, Constant) and isinstance(doc.value, str)):
        return None
    if not clean:
        return doc.value
    from inspect import cleandoc
    return cleandoc(doc.value)


def _source_lines(source):
    """source's lines with their endings; only \\r\\n, \\r and \\n end a line
    (str.splitlines would also split at form feeds and the like)."""
    lines = []
    start = at = 0
    size = len(source)
    while at < size:
        char = source[at]
        at += 1
        if char == '\r' and source[at:at + 1] == '\n':
            at += 1
        if char in '\r\n':
            lines.append(source[start:at])
            start = at
    if start < size:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None when node has
    no complete position."""
    last_line = getattr(node, 'end_lineno', None)
    last_col = getattr(node, 'end_col_offset', None)
    if last_line is None or last_col is None:
        return None
    try:
        line, col = node.lineno, node.col_offset
    except AttributeError:
        return None
    # columns count UTF-8 bytes
    lines = _source_lines(source)[line - 1:last_line]
    head = lines[0].encode()
    if len(lines) == 1:
        return head[col:last_col].decode()
    lead = ''
    if padded:
        lead = ''.join(c if c in '\f\t' else ' ' for c in head[:col].decode())
    lines[0] = lead + head[col:].decode()
    lines[-1] = lines[-1].encode()[:last_col].decode()
    return ''.join(lines)


def walk(node):
    """Every node of the tree under node (node first), breadth first."""
    from collections import deque
    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


# The node classes of Python 3.7 and earlier for constants, kept as CPython
# 3.11 keeps them: calling one makes a Constant, and isinstance() accepts a
# Constant whose value is of the kind the old class held.
def _constant_property(name):
    def getter(self):
        return self.value

    def setter(self, value):
        self.value = value
    return property(getter, setter, doc='Deprecated. Use value instead.')


Constant.n = _constant_property('n')
Constant.s = _constant_property('s')


class _ABC(type):
    def __init__(cls, *args):
        cls.__doc__ = 'Deprecated AST node class. Use ast.Constant instead'

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        kinds = _const_types.get(cls)
        if kinds is None:
            return type.__instancecheck__(cls, inst)
        value = inst.value
        return isinstance(value, kinds) and not isinstance(value, _const_types_not.get(cls, ()))


def _legacy_new(cls, *args, **kwargs):
    """Calling one of the old classes makes a Constant (Ellipsis() one holding
    ...); a subclass of one makes an instance of itself."""
    positional = cls._fields[:len(args)]
    for key in kwargs:
        if key in positional:
            raise TypeError(f'{cls.__name__} got multiple values for argument {key!r}')
    if cls not in _const_types:
        return Constant.__new__(cls, *args, **kwargs)
    if cls is Ellipsis:
        args = (...,) + args
    return Constant(*args, **kwargs)


# name, _fields (None: Constant's), the value kinds it stands for, kinds it does not
_const_types = {}
_const_types_not = {}
for _name, _own_fields, _kinds, _not_kinds in [
        ('Num', ('n',), (int, float, complex), (bool,)),
        ('Str', ('s',), (str,), ()),
        ('Bytes', ('s',), (bytes,), ()),
        ('NameConstant', None, (type(None), bool), ()),
        ('Ellipsis', (), (type(...),), ())]:
    _ns = {'__module__': 'ast', '__new__': _legacy_new}
    if _own_fields is not None:
        _ns['_fields'] = _own_fields
    _cls = _ABC(_name, (Constant,), _ns)
    globals()[_name] = _cls
    _const_types[_cls] = _kinds
    if _not_kinds:
        _const_types_not[_cls] = _not_kinds
del _name, _own_fields, _kinds, _not_kinds, _ns, _cls
_const_node_type_names = {bool: 'NameConstant', type(None): 'NameConstant', int: 'Num',
                          float: 'Num', complex: 'Num', str: 'Str', bytes: 'Bytes',
                          type(...): 'Ellipsis'}


# The node classes CPython 3.11 keeps for old code though its parser makes none
# of them (asteval's checks name ast.Param): the contexts and Suite are empty
# classes; Index(v) is v and ExtSlice(dims) the Tuple of its dims.
for _name, _base in [('slice', 'AST'), ('Suite', 'mod'), ('AugLoad', 'expr_context'),
                     ('AugStore', 'expr_context'), ('Param', 'expr_context')]:
    globals()[_name] = type(_name, (_classes[_base],), {'__module__': 'ast'})
del _name, _base


class Index(slice):
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _legacy_name(value):
    """The pre-3.8 class name (Num, Str...) for a constant's value, or None."""
    name = _const_node_type_names.get(type(value))
    if name is None:
        for kind, candidate in _const_node_type_names.items():
            if isinstance(value, kind):
                return candidate
    return name


class NodeVisitor:
    """Walks a tree calling visit_<ClassName>(node) for each node that has
    such a method, generic_visit (which visits the children) otherwise."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        # A visitor written for the old classes (visit_Num, visit_Str...) is
        # still called for the constants they stood for, with a warning.
        legacy = _legacy_name(node.value)
        handler = None if legacy is None else getattr(self, 'visit_' + legacy, None)
        if handler is None:
            return self.generic_visit(node)
        import warnings
        warnings.warn('visit_%s is deprecated; add visit_Constant' % legacy,
                      DeprecationWarning, 2)
        return handler(node)


def _transform_all(visitor, items):
    """items after visiting each node among them: a None result drops the
    node, a node replaces it, anything else is spliced in its place."""
    for item in items:
        if not isinstance(item, AST):
            yield item
            continue
        result = visitor.visit(item)
        if isinstance(result, AST):
            yield result
        elif result is not None:
            yield from result


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the node that replaces the
    one visited: None removes it, a list (in a list field) splices several."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                value[:] = list(_transform_all(self, value))
            elif isinstance(value, AST):
                result = self.visit(value)
                if result is None:
                    delattr(node, name)
                else:
                    setattr(node, name, result)
        return node
