"""json for closured: JSON text to Python values and back.

dumps/dump write dicts, lists, tuples, str, int, float, bool and None (with
indent, separators, sort_keys, ensure_ascii, default, skipkeys, allow_nan
as CPython's); loads/load read them back (object_hook, object_pairs_hook,
parse_float, parse_int, parse_constant), raising JSONDecodeError with the
line and column of the first error."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    """Writes dumps(obj, **kw) to the file-like fp."""
    fp.write(dumps(obj, **kw))


def _bytes_text(b):
    # JSON text is UTF-8, -16 or -32: a byte order mark names the encoding, or
    # else the zero bytes around the first character (always ASCII) do
    if b[:3] == b'\xef\xbb\xbf':
        return b[3:].decode('utf-8')
    if b[:4] in (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'):
        return b.decode('utf-32')
    if b[:2] in (b'\xfe\xff', b'\xff\xfe'):
        return b.decode('utf-16')
    head = b[:4]
    if len(head) >= 4 and head[0] == 0 and head[1] == 0:
        return b.decode('utf-32-be')
    if len(head) >= 2 and head[0] == 0:
        return b.decode('utf-16-be')
    if len(head) >= 4 and head[1] == 0 and head[2] == 0 and head[3] == 0:
        return b.decode('utf-32-le')
    if len(head) >= 2 and head[1] == 0:
        return b.decode('utf-16-le')
    return b.decode('utf-8')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of JSON text s (str or bytes)."""
    if isinstance(s, (bytes, bytearray)):
        s = _bytes_text(bytes(s))
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                        % type(s).__name__)
    if s.startswith('\ufeff'):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    """loads() of what the file-like fp reads."""
    return loads(fp.read(), **kw)
