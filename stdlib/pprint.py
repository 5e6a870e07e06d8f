"""pprint: pretty-printing of Python data (CPython's layout).

pformat(obj) is repr(obj) when that fits in the width; otherwise the
containers CPython knows (dict, list, tuple, set, frozenset, str, bytes,
bytearray, OrderedDict, defaultdict, Counter, deque, ChainMap,
SimpleNamespace, mappingproxy) are split one item per line, nested ones
indented, long strings and bytes cut into adjacent literals. A subclass
that defines its own __repr__ is printed with it. Dicts are sorted by key
unless sort_dicts=False (pp's default); depth=N prints deeper containers
as [...], {...}, (...); a container inside itself as
<Recursion on list with id=...>.
"""

import sys as _sys
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-prints object to stream (default: sys.stdout), with a newline."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty-printed text of object, without a final newline."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dicts in their own order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr(object), with recursive containers shown as <Recursion ...>."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval(saferepr(object)) could rebuild object."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """A sort key that orders values of types that do not compare by their
    type's name (then by id), as CPython does for mixed dict keys and sets."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            return _fallback_order(mine) < _fallback_order(theirs)


def _fallback_order(value):
    return str(type(value)), id(value)


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _own_repr(typ, base):
    """True when typ prints with base's __repr__: base comes on typ's MRO
    before any class that defines __repr__ itself."""
    for klass in typ.__mro__:
        if klass is base:
            return True
        if "__repr__" in klass.__dict__:
            return False
    return False


_SCALARS = frozenset([str, bytes, bytearray, float, bool, type(None)])


def _split_words(line):
    """The line as runs of non-space characters each followed by its
    spaces (what CPython's long-string wrap cuts at)."""
    parts = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _str_pieces(text, room, allowance):
    """The reprs of text's pieces, each fitting in room columns (the last piece also
    leaving allowance free): one piece per line, a line too long cut after the spaces
    that end its words."""
    lines = text.splitlines(True)
    pieces = []
    for number, line in enumerate(lines, 1):
        final_line = number == len(lines)
        shown = repr(line)
        if len(shown) <= (room - allowance if final_line else room):
            pieces.append(shown)
            continue
        words = _split_words(line)
        current = ""
        for position, word in enumerate(words, 1):
            bound = room - allowance if final_line and position == len(words) else room
            joined = current + word
            if len(repr(joined)) <= bound:
                current = joined
                continue
            if current:
                pieces.append(repr(current))
            current = word
        if current:
            pieces.append(repr(current))
    return pieces


def _wrap_bytes_repr(object, width, allowance):
    """The reprs of object's pieces: runs of its 4-byte groups, each repr fitting in width
    (from the group that starts at the last multiple of 4, in width - allowance)."""
    pieces = []
    current = b""
    last = len(object) // 4 * 4
    for start in range(0, len(object), 4):
        if start == last:
            width -= allowance
        group = object[start:start + 4]
        joined = current + group
        if len(repr(joined)) <= width:
            current = joined
            continue
        if current:
            pieces.append(repr(current))
        current = group
    if current:
        pieces.append(repr(current))
    return pieces


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._stream = _sys.stdout if stream is None else stream
        self._width = width
        self._indent_per_level = indent
        self._depth = depth
        self._sort_dicts = sort_dicts
        self._compact = bool(compact)
        self._underscore_numbers = underscore_numbers

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def pprint(self, object):
        # sys.stdout may be None (no console): nothing is printed then
        target = self._stream
        if target is not None:
            self._format(object, target, 0, 0, {}, 0)
            target.write("\n")

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    # ---- layout --------------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        """Writes object at column indent, leaving allowance columns free after it (for
        the closing brackets that follow): its repr when that fits, else its type's
        layout over several lines."""
        key = id(object)
        if key in context:
            # a container met again inside itself
            stream.write(_recursion(object))
            self._readable, self._recursive = False, True
            return
        text = self._repr(object, context, level)
        layout = None
        if len(text) > self._width - indent - allowance:
            layout = self._dispatch_for(type(object))
        if layout is None:
            stream.write(text)
            return
        context[key] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _dispatch_for(self, typ):
        if _is_dataclass_with_own_repr(typ):
            return PrettyPrinter._pprint_dataclass
        table = _dispatch()
        for klass in typ.__mro__:
            p = table.get(klass)
            if p is not None:
                return p
            if "__repr__" in klass.__dict__:
                return None
        return None

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write("{")
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * " ")
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write("}")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + "(")
        self._format(list(object.items()), stream, indent + len(cls.__name__) + 1,
                     allowance + 1, context, level)
        stream.write(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        endchar = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        kind = object.__class__
        if kind is set:
            opening, closing = "{", "}"
        else:
            # frozenset({...}) and subclasses: the items line up after the "({"
            opening, closing = kind.__name__ + "({", "})"
            indent += len(kind.__name__) + 1
        stream.write(opening)
        ordered = sorted(object, key=_safe_key)
        self._format_items(ordered, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            # a string printed on its own gets parentheses around its pieces
            indent += 1
            allowance += 1
        pieces = _str_pieces(object, self._width - indent, allowance)
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        joined = ("\n" + " " * indent).join(pieces)
        stream.write("(" + joined + ")" if top else joined)

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        pieces = _wrap_bytes_repr(object, self._width - indent, allowance)
        joined = ("\n" + " " * indent).join(pieces)
        stream.write("(" + joined + ")" if top else joined)

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                           level + 1)
        stream.write(")")

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object).__name__ == "SimpleNamespace":
            cls_name = "namespace"
        else:
            cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = object.__dict__.items()
        stream.write(cls_name + "(")
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(")")

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        # Name(field=value, ...) with each shown field on its own line
        name = type(object).__name__
        import dataclasses
        shown = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + "(")
        self._format_namespace_items(shown, stream, indent + len(name) + 1, allowance, context,
                                     level)
        stream.write(")")

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        between = ",\n" + " " * indent
        pairs = list(items)
        for number, (key, value) in enumerate(pairs, 1):
            last = number == len(pairs)
            shown = self._repr(key, context, level)
            stream.write(shown + ": ")
            self._format(value, stream, indent + len(shown) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(between)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        between = ",\n" + " " * indent
        pairs = list(items)
        for number, (name, value) in enumerate(pairs, 1):
            last = number == len(pairs)
            stream.write(name + "=")
            if id(value) in context:
                stream.write("...")  # the namespace itself, or one around it
            else:
                self._format(value, stream, indent + len(name) + 1, allowance if last else 1,
                             context, level)
            if not last:
                stream.write(between)

    def _format_items(self, items, stream, indent, allowance, context, level):
        """The entries of a list, tuple, set or deque, one per line (compact: as many per
        line as fit), at indent plus one level; the last leaves allowance free."""
        step = self._indent_per_level
        indent += step
        if step > 1:
            stream.write(" " * (step - 1))
        newline = ",\n" + " " * indent
        entries = list(items)
        separator = ""
        used = 0  # columns taken on the current line by compact entries
        for number, entry in enumerate(entries, 1):
            last = number == len(entries)
            if self._compact:
                text = self._repr(entry, context, level)
                limit = self._width - indent + 1 - (allowance if last else 0)
                need = len(text) + 2
                if used + need > limit:
                    used = 0
                    if separator:
                        separator = newline
                if used + need <= limit:
                    used += need
                    stream.write(separator + text)
                    separator = ", "
                    continue
            stream.write(separator)
            separator = newline
            self._format(entry, stream, indent, allowance if last else 1, context, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        # defaultdict(factory, then the dict on the next line, under the factory
        indent += len(name) + 1
        stream.write(name + "(" + factory + ",\n" + " " * indent)
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        items = object.most_common()
        self._format_dict_items(items, stream, indent + len(cls.__name__) + 1, allowance + 2,
                                context, level)
        stream.write("})")

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + "(")
        indent += len(cls.__name__) + 1
        for i, m in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + "(")
        indent += len(cls.__name__) + 1
        stream.write("[")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            rml = self._repr(object.maxlen, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, rml))

    # ---- one-line reprs ------------------------------------------------------------

    def _repr(self, object, context, level):
        repr, readable, recursive = self.format(object, context.copy(), self._depth, level)
        # One recursive or unreadable part makes the whole output so.
        if recursive:
            self._recursive = True
        if not readable:
            self._readable = False
        return repr

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object in context (a dict of the ids
        of the containers being printed); subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        if issubclass(typ, int) and _own_repr(typ, int):
            if self._underscore_numbers:
                return "{:_d}".format(object), True, False
            return repr(object), True, False
        if issubclass(typ, dict) and _own_repr(typ, dict):
            if not object:
                return "{}", True, False
            if self._sort_dicts:
                pairs = sorted(object.items(), key=_safe_tuple)
            else:
                pairs = object.items()
            return self._safe_container(object, "{%s}", pairs, True, context, maxlevels, level)
        if issubclass(typ, list) and _own_repr(typ, list):
            template = "[%s]" if object else None
        elif issubclass(typ, tuple) and _own_repr(typ, tuple):
            template = "(%s,)" if len(object) == 1 else "(%s)" if object else None
        else:
            template = False
        if template is None:
            return ("[]" if issubclass(typ, list) else "()"), True, False
        if template:
            return self._safe_container(object, template, object, False, context, maxlevels,
                                        level)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith("<")), False


    def _safe_container(self, object, template, entries, pairs, context, maxlevels, level):
        """The one-line repr of a non-empty dict (its entries are key/value pairs), list or
        tuple: template holding its entries' reprs, or '...' below maxlevels."""
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        shown = []
        for entry in entries:
            texts = []
            for part in (entry if pairs else (entry,)):
                text, part_readable, part_recursive = self.format(part, context, maxlevels,
                                                                  level + 1)
                texts.append(text)
                readable = readable and part_readable
                recursive = recursive or part_recursive
            shown.append(": ".join(texts))
        del context[key]
        return template % ", ".join(shown), readable, recursive


_TABLE = []


def _is_dataclass_with_own_repr(typ):
    """True for a dataclass whose repr is the one @dataclass wrote (a class
    with its own __repr__ keeps it, as with any other type)."""
    if '__dataclass_fields__' not in getattr(typ, '__dict__', {}) and \
            not hasattr(typ, '__dataclass_fields__'):
        return False
    made = getattr(typ, '__repr__', None)
    return getattr(made, '__module__', None) == 'dataclasses'


def _dispatch():
    """The layout of each container type, built on first use (the
    collections and types imports wait until something needs splitting)."""
    if _TABLE:
        return _TABLE[0]
    import collections
    import types
    P = PrettyPrinter
    table = {
        dict: P._pprint_dict,
        list: P._pprint_list,
        tuple: P._pprint_tuple,
        set: P._pprint_set,
        frozenset: P._pprint_set,
        str: P._pprint_str,
        bytes: P._pprint_bytes,
        bytearray: P._pprint_bytearray,
        collections.OrderedDict: P._pprint_ordered_dict,
        collections.defaultdict: P._pprint_default_dict,
        collections.Counter: P._pprint_counter,
        collections.ChainMap: P._pprint_chain_map,
        collections.deque: P._pprint_deque,
        types.SimpleNamespace: P._pprint_simplenamespace,
        types.MappingProxyType: P._pprint_mappingproxy,
    }
    _TABLE.append(table)
    return table
