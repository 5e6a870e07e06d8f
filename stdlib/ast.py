"""ast for closured: Python's syntax trees as objects. parse() runs
closured's own parser (the native _ast hands the tree over as nested tuples,
built here into nodes of CPython 3.11's classes with their fields and
positions); literal_eval, dump, walk, NodeVisitor, NodeTransformer and the
location helpers work on them, and the aliases CPython 3.11 still keeps
for constants (Num, Str, Bytes, NameConstant, Ellipsis). compile() does not
take a tree: closured compiles source text only."""

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


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree, as CPython writes it."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            allsimple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                value, simple = fmt(value, level)
                allsimple = allsimple and simple
                if keywords:
                    args.append('%s=%s' % (name, value))
                else:
                    args.append(value)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    value, simple = fmt(value, level)
                    allsimple = allsimple and simple
                    args.append('%s=%s' % (name, value))
            if allsimple and len(args) <= 3:
                return '%s(%s)' % (node.__class__.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (node.__class__.__name__, prefix, sep.join(args)), False
        elif isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node)[0]


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
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
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
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes of node: fields that are nodes, and the nodes
    in fields that are lists."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    """source's lines with their endings, split at \\r\\n, \\r and \\n only."""
    idx = 0
    lines = []
    next_line = ''
    while idx < len(source):
        c = source[idx]
        next_line += c
        idx += 1
        if c == '\r' and idx < len(source) and source[idx] == '\n':
            next_line += '\n'
            idx += 1
        if c in '\r\n':
            lines.append(next_line)
            next_line = ''
    if next_line:
        lines.append(next_line)
    return lines


def _pad_whitespace(source):
    result = ''
    for c in source:
        result += c if c in '\f\t' else ' '
    return result


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None when node has
    no complete position."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    lines = lines[lineno + 1:end_lineno]
    lines.insert(0, first)
    lines.append(last)
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
        if cls in _const_types:
            value = inst.value
            return (isinstance(value, _const_types[cls])
                    and not isinstance(value, _const_types_not.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key not in cls._fields:
            continue
        pos = cls._fields.index(key)
        if pos < len(args):
            raise TypeError(f'{cls.__name__} got multiple values for argument {key!r}')
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


for _cls in (Num, Str, Bytes, NameConstant, Ellipsis):
    _cls.__module__ = 'ast'
del _cls

_const_types = {Num: (int, float, complex), Str: (str,), Bytes: (bytes,),
                NameConstant: (type(None), bool), Ellipsis: (type(...),)}
_const_types_not = {Num: (bool,)}
_const_node_type_names = {bool: 'NameConstant', type(None): 'NameConstant', int: 'Num',
                          float: 'Num', complex: 'Num', str: 'Str', bytes: 'Bytes',
                          type(...): 'Ellipsis'}


class NodeVisitor:
    """Walks a tree calling visit_<ClassName>(node) for each node that has
    such a method, generic_visit (which visits the children) otherwise."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # A visitor written for the old classes (visit_Num, visit_Str...) is
        # still called for the constants they stood for, with a warning.
        value = node.value
        type_name = _const_node_type_names.get(type(value))
        if type_name is None:
            for cls, name in _const_node_type_names.items():
                if isinstance(value, cls):
                    type_name = name
                    break
        if type_name is not None:
            method = 'visit_' + type_name
            try:
                visitor = getattr(self, method)
            except AttributeError:
                pass
            else:
                import warnings
                warnings.warn(f'{method} is deprecated; add visit_Constant',
                              DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the node that replaces the
    one visited: None removes it, a list (in a list field) splices several."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node
