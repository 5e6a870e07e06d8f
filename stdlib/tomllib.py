"""tomllib for closured: loads() parses TOML 1.0 into dicts, lists, str, int,
float, bool and datetime values; errors are TOMLDecodeError with CPython's
messages and positions ("Invalid value (at line 1, column 5)"). load()
reads a binary stream (io.BytesIO: the runtime opens no file)."""

import datetime as _dt
import re as _re

__all__ = ['loads', 'load', 'TOMLDecodeError']


class TOMLDecodeError(ValueError):
    """A document that is not valid TOML."""


_WS = ' \t'
_BARE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
_ESCAPES = {'\\b': '\b', '\\t': '\t', '\\n': '\n', '\\f': '\f', '\\r': '\r', '\\"': '"',
            '\\\\': '\\'}
_TIME = r'([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?'
_NUMBER_RE = _re.compile(r'0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)'
                         r'|[+-]?(?:0|[1-9](?:_?[0-9])*)(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?'
                         r'(?:[eE][+-]?[0-9](?:_?[0-9])*)?)')
_TIME_RE = _re.compile(_TIME)
_DATETIME_RE = _re.compile(r'([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'
                           r'(?:[Tt ]' + _TIME + r'(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?')


def _illegal(ch, multiline=False):
    """Control characters TOML forbids in strings and comments (tab allowed)."""
    o = ord(ch)
    if multiline and ch == '\n':
        return False
    return (o < 0x20 and ch != '\t') or o == 0x7F


def load(fp, /, *, parse_float=float):
    """Parses the bytes a binary stream holds."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
                        ) from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """The document `s` as a dict."""
    return _Parser(s.replace('\r\n', '\n'), parse_float).document()


class _Parser:
    """One pass over the source; `pos` is the index of the next character.
    Tables declared with a header and those made by dotted keys are tracked
    (explicit), and values written as inline tables or arrays are frozen."""

    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.root = {}
        self.explicit = set()   # key paths declared by [header] or [[header]]
        self.implicit = set()   # key paths made by dotted keys in a key/value line
        self.frozen = set()     # key paths of inline tables and static arrays
        self.parse_float = parse_float

    # -- errors and positions --

    def error(self, msg, pos=None):
        pos = self.pos if pos is None else pos
        src = self.src
        if pos >= len(src):
            where = 'end of document'
        else:
            line = src.count('\n', 0, pos) + 1
            col = pos + 1 if line == 1 else pos - src.rindex('\n', 0, pos)
            where = 'line %d, column %d' % (line, col)
        return TOMLDecodeError('%s (at %s)' % (msg, where))

    def peek(self, n=1):
        return self.src[self.pos:self.pos + n]

    def skip_ws(self):
        src = self.src
        while self.pos < len(src) and src[self.pos] in _WS:
            self.pos += 1

    def skip_comment(self):
        if self.peek() == '#':
            src = self.src
            end = src.find('\n', self.pos)
            if end < 0:
                end = len(src)
            for i in range(self.pos + 1, end):
                if _illegal(src[i]):
                    raise self.error('Found invalid character %r' % src[i], i)
            self.pos = end

    def skip_array_ws(self):
        while True:
            before = self.pos
            while self.peek() and self.peek() in ' \t\n':
                self.pos += 1
            self.skip_comment()
            if self.pos == before:
                return

    # -- the document --

    def document(self):
        header = ()
        src = self.src
        while True:
            self.skip_ws()
            if self.pos >= len(src):
                break
            ch = src[self.pos]
            if ch == '\n':
                self.pos += 1
                continue
            if ch in _BARE or ch in '"\'':
                self.key_value(header)
                self.skip_ws()
            elif ch == '[':
                if self.peek(2) == '[[':
                    header = self.array_header()
                else:
                    header = self.table_header()
                self.skip_ws()
            elif ch != '#':
                raise self.error('Invalid statement')
            self.skip_comment()
            if self.pos >= len(src):
                break
            if src[self.pos] != '\n':
                raise self.error('Expected newline or end of document after a statement')
            self.pos += 1
        return self.root

    def nest(self, path, create=True):
        """The dict at path (the last table of an array of tables), made as needed;
        KeyError when a non-table value is in the way."""
        cont = self.root
        for k in path:
            if k not in cont:
                if not create:
                    raise KeyError(k)
                cont[k] = {}
            cont = cont[k]
            if isinstance(cont, list):
                if not cont or not isinstance(cont[-1], dict):
                    raise KeyError(k)
                cont = cont[-1]
            if not isinstance(cont, dict):
                raise KeyError(k)
        return cont

    def is_frozen(self, path):
        return any(path[:i] in self.frozen for i in range(1, len(path) + 1))

    def settle_dotted(self):
        """A header ends the key/value lines: the tables their dotted keys made
        count as declared from now on."""
        self.explicit |= self.implicit
        self.implicit = set()

    def table_header(self):
        self.settle_dotted()
        self.pos += 1
        self.skip_ws()
        key = self.key()
        if key in self.explicit or self.is_frozen(key):
            raise self.error('Cannot declare %s twice' % (key,))
        self.explicit.add(key)
        try:
            self.nest(key)
        except KeyError:
            raise self.error('Cannot overwrite a value') from None
        if self.peek() != ']':
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_header(self):
        self.settle_dotted()
        self.pos += 2
        self.skip_ws()
        key = self.key()
        if self.is_frozen(key):
            raise self.error('Cannot mutate immutable namespace %s' % (key,))
        try:
            parent = self.nest(key[:-1])
            last = key[-1]
            if last in parent:
                if not isinstance(parent[last], list):
                    raise KeyError(last)
                parent[last].append({})
            else:
                parent[last] = [{}]
        except KeyError:
            raise self.error('Cannot overwrite a value') from None
        # the tables and values under this key start afresh in the new element
        self.explicit = {k for k in self.explicit if k[:len(key)] != key}
        self.frozen = {k for k in self.frozen if k[:len(key)] != key}
        self.explicit.add(key)
        if self.peek(2) != ']]':
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return key

    def key_value(self, header):
        key, value = self.pair()
        parent_path = header + key[:-1]
        for i in range(1, len(key)):
            sub = header + key[:i]
            if sub in self.explicit:
                raise self.error('Cannot redefine namespace %s' % (sub,))
        if self.is_frozen(parent_path) and parent_path:
            raise self.error('Cannot mutate immutable namespace %s' % (parent_path,))
        try:
            nest = self.nest(parent_path)
        except KeyError:
            raise self.error('Cannot overwrite a value') from None
        if key[-1] in nest:
            raise self.error('Cannot overwrite a value')
        for i in range(1, len(key)):
            self.implicit.add(header + key[:i])
        if isinstance(value, (dict, list)):
            self.frozen.add(header + key)
        nest[key[-1]] = value

    def pair(self):
        key = self.key()
        if self.peek() != '=':
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip_ws()
        while self.peek() == '.':
            self.pos += 1
            self.skip_ws()
            parts.append(self.key_part())
            self.skip_ws()
        return tuple(parts)

    def key_part(self):
        ch = self.peek()
        if ch and ch in _BARE:
            start = self.pos
            while self.peek() and self.peek() in _BARE:
                self.pos += 1
            return self.src[start:self.pos]
        if ch == "'":
            return self.literal_string()
        if ch == '"':
            self.pos += 1
            return self.basic_string(False)
        raise self.error('Invalid initial character for a key part')

    # -- values --

    def value(self):
        src = self.src
        ch = self.peek()
        if ch == '"':
            if self.peek(3) == '"""':
                return self.multiline_string(True)
            self.pos += 1
            return self.basic_string(False)
        if ch == "'":
            if self.peek(3) == "'''":
                return self.multiline_string(False)
            return self.literal_string()
        if ch == 't' and src.startswith('true', self.pos):
            self.pos += 4
            return True
        if ch == 'f' and src.startswith('false', self.pos):
            self.pos += 5
            return False
        if ch == '[':
            return self.array()
        if ch == '{':
            return self.inline_table()
        m = _DATETIME_RE.match(src, self.pos)
        if m:
            try:
                value = _to_datetime(m)
            except ValueError as e:
                raise self.error('Invalid date or datetime') from e
            self.pos = m.end()
            return value
        m = _TIME_RE.match(src, self.pos)
        if m:
            self.pos = m.end()
            h, mi, sec, frac = m.groups()
            return _dt.time(int(h), int(mi), int(sec), int(frac.ljust(6, '0')) if frac else 0)
        m = _NUMBER_RE.match(src, self.pos)
        if m:
            self.pos = m.end()
            text = m.group()
            if m.group('floatpart'):
                return self.float_value(text.replace('_', ''))
            return int(text.replace('_', ''), 0)
        for word, val in (('inf', 'inf'), ('nan', 'nan')):
            for sign in ('', '+', '-'):
                if src.startswith(sign + word, self.pos):
                    self.pos += len(sign) + 3
                    return self.float_value(sign + val)
        raise self.error('Invalid value')

    def float_value(self, text):
        value = self.parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError('parse_float must not return dicts or lists')
        return value

    def array(self):
        self.pos += 1
        out = []
        self.skip_array_ws()
        if self.peek() == ']':
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.skip_array_ws()
            ch = self.peek()
            if ch == ']':
                self.pos += 1
                return out
            if ch != ',':
                raise self.error('Unclosed array')
            self.pos += 1
            self.skip_array_ws()
            if self.peek() == ']':
                self.pos += 1
                return out

    def inline_table(self):
        self.pos += 1
        table = {}
        frozen = set()
        self.skip_ws()
        if self.peek() == '}':
            self.pos += 1
            return table
        while True:
            key, value = self.pair()
            if any(key[:i] in frozen for i in range(1, len(key) + 1)):
                raise self.error('Cannot mutate immutable namespace %s' % (key,))
            try:
                nest = table
                for k in key[:-1]:
                    nest = nest.setdefault(k, {})
                    if not isinstance(nest, dict):
                        raise KeyError(k)
            except KeyError:
                raise self.error('Cannot overwrite a value') from None
            if key[-1] in nest:
                raise self.error('Duplicate inline table key %r' % (key[-1],))
            nest[key[-1]] = value
            self.skip_ws()
            ch = self.peek()
            if ch == '}':
                self.pos += 1
                return table
            if ch != ',':
                raise self.error('Unclosed inline table')
            if isinstance(value, (dict, list)):
                frozen.add(key)
            self.pos += 1
            self.skip_ws()

    # -- strings --

    def skip_until(self, end, multiline):
        """Moves past the next `end`; the text before it must hold no illegal
        character. Returns that text."""
        src = self.src
        stop = src.find(end, self.pos)
        if stop < 0:
            raise self.error('Expected %r' % end, len(src))
        for i in range(self.pos, stop):
            if _illegal(src[i], multiline):
                raise self.error('Found invalid character %r' % src[i], i)
        text = src[self.pos:stop]
        self.pos = stop + len(end)
        return text

    def literal_string(self):
        self.pos += 1
        return self.skip_until("'", False)

    def escape(self, multiline):
        src = self.src
        esc = src[self.pos:self.pos + 2]
        self.pos += 2
        if multiline and esc in ('\\ ', '\\\t', '\\\n'):
            # a line-ending backslash: skip the white space and newlines after it
            if esc != '\\\n':
                while self.peek() in (' ', '\t'):
                    self.pos += 1
                if self.peek() != '\n':
                    if self.peek() == '':
                        return ''
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            while self.peek() and self.peek() in ' \t\n':
                self.pos += 1
            return ''
        if esc == '\\u':
            return self.hex_escape(4)
        if esc == '\\U':
            return self.hex_escape(8)
        try:
            return _ESCAPES[esc]
        except KeyError:
            raise self.error("Unescaped '\\' in a string") from None

    def hex_escape(self, n):
        digits = self.src[self.pos:self.pos + n]
        if len(digits) != n or not all(c in '0123456789abcdefABCDEF' for c in digits):
            raise self.error('Invalid hex value')
        self.pos += n
        cp = int(digits, 16)
        if not (0 <= cp <= 0xD7FF or 0xE000 <= cp <= 0x10FFFF):
            raise self.error('Escaped character is not a Unicode scalar value')
        return chr(cp)

    def basic_string(self, multiline):
        src = self.src
        out = []
        start = self.pos
        while True:
            if self.pos >= len(src):
                raise self.error('Unterminated string')
            ch = src[self.pos]
            if ch == '"':
                if not multiline:
                    out.append(src[start:self.pos])
                    self.pos += 1
                    return ''.join(out)
                if src.startswith('"""', self.pos):
                    out.append(src[start:self.pos])
                    self.pos += 3
                    return ''.join(out)
                self.pos += 1
                continue
            if ch == '\\':
                out.append(src[start:self.pos])
                out.append(self.escape(multiline))
                start = self.pos
                continue
            if _illegal(ch, multiline):
                raise self.error('Illegal character %r' % ch)
            self.pos += 1

    def multiline_string(self, basic):
        self.pos += 3
        if self.peek() == '\n':
            self.pos += 1
        if basic:
            body = self.basic_string(True)
            delim = '"'
        else:
            body = self.skip_until("'''", True)
            delim = "'"
        # up to two more quotes right after the closing ones belong to the string
        if self.peek() == delim:
            self.pos += 1
            body += delim
            if self.peek() == delim:
                self.pos += 1
                body += delim
        return body


def _to_datetime(m):
    (year, month, day, hour, minute, sec, micros, zulu, sign, off_h, off_m) = m.groups()
    year, month, day = int(year), int(month), int(day)
    if hour is None:
        return _dt.date(year, month, day)
    us = int(micros.ljust(6, '0')) if micros else 0
    if sign:
        delta = _dt.timedelta(hours=int(off_h), minutes=int(off_m))
        tz = _dt.timezone(-delta if sign == '-' else delta)
    elif zulu:
        tz = _dt.timezone.utc
    else:
        tz = None
    return _dt.datetime(year, month, day, int(hour), int(minute), int(sec), us, tzinfo=tz)
