"""json.encoder for closured: JSONEncoder, Python values to JSON text."""

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b',
            '\f': '\\f'}

INFINITY = float('inf')


def py_encode_basestring(s):
    """s as a JSON string literal, non-ASCII kept."""
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ch < ' ':
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def py_encode_basestring_ascii(s):
    """s as a JSON string literal in ASCII (\\uXXXX escapes, surrogate pairs)."""
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        n = ord(ch)
        if ' ' <= ch and n < 0x7f:
            out.append(ch)
        elif n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            n -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    out.append('"')
    return ''.join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Turns Python values into JSON; subclass and override default() for others."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        for option, value in (('skipkeys', skipkeys), ('ensure_ascii', ensure_ascii),
                              ('check_circular', check_circular), ('allow_nan', allow_nan),
                              ('sort_keys', sort_keys), ('indent', indent)):
            setattr(self, option, value)
        # Separators given win; otherwise indented output, which ends its lines after the
        # comma, drops the class's space there.
        if separators is None:
            if indent is not None:
                self.item_separator = ','
        else:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return self._str(o)
        return ''.join(self.iterencode(o))

    def _str(self, s):
        return py_encode_basestring_ascii(s) if self.ensure_ascii else py_encode_basestring(s)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        out = []
        try:
            self._encode(o, markers, indent, 0, out)
        except RecursionError as e:
            # CPython's encoder counts its levels under this name (a limit reached in a
            # call, or in the id() of the circular check, alike)
            if e.args not in (('maximum recursion depth exceeded',),
                              ('maximum recursion depth exceeded while calling a Python '
                               'object',)):
                raise
            raise RecursionError('maximum recursion depth exceeded while encoding a JSON '
                                 'object') from None
        return out

    def _encode(self, o, markers, indent, level, out):
        if isinstance(o, str):
            out.append(self._str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._list(o, markers, indent, level, out)
        elif isinstance(o, dict):
            self._dict(o, markers, indent, level, out)
        else:
            if markers is not None:
                mid = id(o)
                if mid in markers:
                    raise ValueError("Circular reference detected")
                markers[mid] = o
            self._encode(self.default(o), markers, indent, level, out)
            if markers is not None:
                del markers[mid]

    def _enter(self, o, markers):
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError("Circular reference detected")
            markers[mid] = o

    def _list(self, lst, markers, indent, level, out):
        if not lst:
            out.append('[]')
            return
        self._enter(lst, markers)
        out.append('[')
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            sep = self.item_separator
        first = True
        for v in lst:
            if not first:
                out.append(sep)
            first = False
            # nested containers one frame per level (not through _encode), as deep as CPython
            if isinstance(v, (list, tuple)):
                self._list(v, markers, indent, level, out)
            elif isinstance(v, dict):
                self._dict(v, markers, indent, level, out)
            else:
                self._encode(v, markers, indent, level, out)
        if indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(']')
        if markers is not None:
            del markers[id(lst)]

    def _key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if isinstance(k, float):
            return self._float(k)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {k.__class__.__name__}')

    def _dict(self, dct, markers, indent, level, out):
        if not dct:
            out.append('{}')
            return
        self._enter(dct, markers)
        out.append('{')
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            sep = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for k, v in items:
            key = self._key(k)
            if key is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(self._str(key))
            out.append(self.key_separator)
            if isinstance(v, (list, tuple)):
                self._list(v, markers, indent, level, out)
            elif isinstance(v, dict):
                self._dict(v, markers, indent, level, out)
            else:
                self._encode(v, markers, indent, level, out)
        if indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append('}')
        if markers is not None:
            del markers[id(dct)]
