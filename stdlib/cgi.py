"""cgi for closured: the module CPython 3.11 keeps (deprecated) for form data
and header parameters. Libraries import it for parse_header (feedparser reads
a Content-Type with it) and FieldStorage (bottle reads multipart posts with
it). FieldStorage reads a query string, an urlencoded body or a
multipart/form-data body from fp and the CGI environ given to it; the print_*
and test helpers, which write HTML reports of the process's environment, are
not here."""

import io
import sys
import warnings
from email.message import Message
from urllib.parse import parse_qsl

warnings.warn("'cgi' is deprecated and slated for removal in Python 3.13",
              DeprecationWarning, stacklevel=2)

__all__ = ["MiniFieldStorage", "FieldStorage", "parse", "parse_multipart", "parse_header"]

maxlen = 0  # the most bytes a body may have; 0: no limit


def _split_params(text):
    """The ';'-separated pieces of a header value; a ';' inside quotes stays."""
    pieces, start, quoted, escaped = [], 0, False, False
    for i, ch in enumerate(text):
        if escaped:
            escaped = False
        elif ch == '\\' and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ';' and not quoted:
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces]


def parse_header(line):
    """A header value and its parameters: 'text/html; charset="x"' gives
    ('text/html', {'charset': 'x'}); names are lowercased, quotes removed."""
    first, *rest = _split_params(line)
    params = {}
    for piece in rest:
        name, eq, value = piece.partition('=')
        if not eq:
            continue
        name, value = name.strip().lower(), value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        params[name] = value
    return first, params


def parse(fp=None, environ=None, keep_blank_values=0, strict_parsing=0, separator='&'):
    """The fields of a request as a dict of lists: the query string, or for a
    POST with an urlencoded body, the body read from fp (sys.stdin) as well."""
    if environ is None:
        import os
        environ = os.environ
    form = FieldStorage(fp, environ=environ, keep_blank_values=keep_blank_values,
                        strict_parsing=strict_parsing, separator=separator)
    found = {}
    for item in form.list or []:
        found.setdefault(item.name, []).append(item.value)
    return found


def parse_multipart(fp, pdict, encoding="utf-8", errors="replace", separator='&'):
    """The fields of a multipart/form-data body read from fp, whose boundary is
    pdict['boundary'], as a dict of lists of values."""
    boundary = pdict['boundary']
    if isinstance(boundary, bytes):
        boundary = boundary.decode('ascii')
    environ = {'REQUEST_METHOD': 'POST',
               'CONTENT_TYPE': 'multipart/form-data; boundary=' + boundary}
    if 'CONTENT-LENGTH' in pdict:
        environ['CONTENT_LENGTH'] = pdict['CONTENT-LENGTH']
    form = FieldStorage(fp, environ=environ, encoding=encoding, errors=errors,
                        separator=separator)
    return {name: form.getlist(name) for name in form.keys()}


class MiniFieldStorage:
    """One field of a query string or urlencoded body: its name and value."""

    # what a FieldStorage part would know and a plain field has not
    filename = list = file = type = disposition = None
    type_options = disposition_options = headers = {}

    def __init__(self, name, value):
        self.name, self.value = name, value

    def __repr__(self):
        return "MiniFieldStorage(%r, %r)" % (self.name, self.value)


class FieldStorage:
    """A form's fields read from a CGI environ and a body. For a form, .list
    holds MiniFieldStorage items (query strings and urlencoded bodies) or
    FieldStorage items (the parts of a multipart body, each with its name,
    filename, headers and value: bytes for a file, else text); the mapping
    methods look fields up by name. Otherwise .value is the body itself."""

    def __init__(self, fp=None, headers=None, outerboundary=b'', environ=None,
                 keep_blank_values=0, strict_parsing=0, limit=None, encoding='utf-8',
                 errors='replace', max_num_fields=None, separator='&'):
        if environ is None:
            import os
            environ = os.environ
        self.keep_blank_values = keep_blank_values
        self.strict_parsing = strict_parsing
        self.max_num_fields = max_num_fields
        self.separator = separator
        self.encoding, self.errors = encoding, errors
        self.name = self.filename = None
        self.list = self.file = None
        self.outerboundary = outerboundary
        self.limit = limit
        method = environ.get('REQUEST_METHOD', 'GET').upper()
        if headers is None:
            headers = {}
            if method == 'POST':
                headers['content-type'] = environ.get(
                    'CONTENT_TYPE', 'application/x-www-form-urlencoded')
            if 'CONTENT_LENGTH' in environ:
                headers['content-length'] = environ['CONTENT_LENGTH']
        self.headers = headers
        self.type, self.type_options = parse_header(self._header('content-type') or
                                                    'text/plain')
        self.type = self.type.lower()
        self.disposition, self.disposition_options = parse_header(
            self._header('content-disposition') or '')
        self.length = int(self._header('content-length') or -1)
        if maxlen and self.length > maxlen:
            raise ValueError('Maximum content length exceeded')
        if method in ('GET', 'HEAD') and not self._header('content-type'):
            self._read_pairs(environ.get('QUERY_STRING', ''))
            return
        self.fp = fp if fp is not None else sys.stdin
        body = self._read_body()
        if self.type == 'application/x-www-form-urlencoded':
            text = body.decode(encoding, errors)
            query = environ.get('QUERY_STRING', '')
            self._read_pairs(text + (separator + query if query else ''))
        elif self.type.startswith('multipart/'):
            self._read_parts(body)
        else:
            self.file = io.BytesIO(body)
            self.value = body

    def _header(self, name):
        if isinstance(self.headers, Message):
            return self.headers.get(name)
        for key, value in self.headers.items():
            if key.lower() == name:
                return value
        return None

    def _read_body(self):
        stream = getattr(self.fp, 'buffer', self.fp)
        data = stream.read(self.length) if self.length >= 0 else stream.read()
        return data.encode(self.encoding) if isinstance(data, str) else data

    def _read_pairs(self, text):
        pairs = parse_qsl(text, self.keep_blank_values, self.strict_parsing,
                          encoding=self.encoding, errors=self.errors,
                          max_num_fields=self.max_num_fields, separator=self.separator)
        self.list = [MiniFieldStorage(k, v) for k, v in pairs]

    def _read_parts(self, body):
        boundary = self.type_options.get('boundary', '')
        if not boundary:
            raise ValueError('Invalid boundary in multipart form: %r' % (boundary,))
        mark = b'--' + boundary.encode('ascii')
        self.list = []
        chunks = body.split(mark)
        for chunk in chunks[1:]:
            if chunk.startswith(b'--'):
                break  # the closing delimiter
            if chunk.startswith(b'\r\n'):
                chunk = chunk[2:]
            elif chunk.startswith(b'\n'):
                chunk = chunk[1:]
            head, sep, content = chunk.partition(b'\r\n\r\n')
            if not sep:
                head, sep, content = chunk.partition(b'\n\n')
            if content.endswith(b'\r\n'):
                content = content[:-2]
            elif content.endswith(b'\n'):
                content = content[:-1]
            part = FieldStorage.__new__(FieldStorage)
            part._init_part(head.decode('latin-1'), content, self)
            if part.name is not None or part.filename is not None:
                self.list.append(part)
            if self.max_num_fields is not None and len(self.list) > self.max_num_fields:
                raise ValueError('Max number of fields exceeded')

    def _init_part(self, head, content, outer):
        self.headers = Message()
        for line in head.splitlines():
            name, colon, value = line.partition(':')
            if colon:
                self.headers[name.strip()] = value.strip()
        self.encoding, self.errors = outer.encoding, outer.errors
        self.keep_blank_values = outer.keep_blank_values
        self.strict_parsing = outer.strict_parsing
        self.max_num_fields, self.separator = outer.max_num_fields, outer.separator
        self.outerboundary, self.limit, self.list = outer.type_options['boundary'], None, None
        self.disposition, self.disposition_options = parse_header(
            self.headers.get('content-disposition', ''))
        self.type, self.type_options = parse_header(self.headers.get('content-type',
                                                                     'text/plain'))
        self.name = self.disposition_options.get('name')
        self.filename = self.disposition_options.get('filename')
        self.length = len(content)
        if self.filename is not None:
            self.value = content
            self.file = io.BytesIO(content)
        else:
            self.value = content.decode(self.encoding, self.errors)
            self.file = None

    def __repr__(self):
        return "FieldStorage(%r, %r, %r)" % (self.name, self.filename, self.value)

    def __iter__(self):
        return iter(self.keys())

    def _fields(self):
        if self.list is None:
            raise TypeError("not indexable")
        return self.list

    def __getitem__(self, key):
        found = [item for item in self._fields() if item.name == key]
        if not found:
            raise KeyError(key)
        return found[0] if len(found) == 1 else found

    def getvalue(self, key, default=None):
        """The field's value, a list of values for a repeated one, or default."""
        if key not in self:
            return default
        field = self[key]
        if isinstance(field, list):
            return [item.value for item in field]
        return field.value

    def getfirst(self, key, default=None):
        """The first value given for key, or default."""
        for item in self._fields():
            if item.name == key:
                return item.value
        return default

    def getlist(self, key):
        """Every value given for key, in order ([] for none)."""
        return [item.value for item in self._fields() if item.name == key]

    def keys(self):
        return list(dict.fromkeys(item.name for item in self._fields()))

    def __contains__(self, key):
        return any(item.name == key for item in self._fields())

    def __len__(self):
        return len(self.keys())

    def __bool__(self):
        if self.list is None:
            raise TypeError("Cannot be converted to bool.")
        return bool(self.list)
