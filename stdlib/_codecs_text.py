"""The table-driven and escape codecs' functions for closured (CPython keeps them in
_codecs): charmap_decode, charmap_encode and charmap_build, which the 8-bit codecs of
stdlib/encodings run on, and the unicode_escape and raw_unicode_escape codecs. Each
returns (result, how much input it consumed), as CPython's; the error handlers are the
registry's (codecs.register_error)."""

import codecs

_UNDEFINED = 'character maps to <undefined>'


def _bytes_arg(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def _str_arg(fname, text):
    if not isinstance(text, str):
        raise TypeError('%s() argument 1 must be str, not %s' % (fname, type(text).__name__))
    return text


def _resolve(errors, exc):
    """(replacement, where to go on) for exc by the handler named errors; 'strict' raises."""
    if errors is None or errors == 'strict':
        raise exc
    answer = codecs.lookup_error(errors)(exc)
    decoding = isinstance(exc, UnicodeDecodeError)
    kinds = (str,) if decoding else (str, bytes)
    if (not isinstance(answer, tuple) or len(answer) != 2 or not isinstance(answer[0], kinds)
            or not isinstance(answer[1], int)):
        raise TypeError('%s error handler must return (%s, int) tuple'
                        % ('decoding' if decoding else 'encoding',
                           'str' if decoding else 'str/bytes'))
    replacement, resume = answer
    size = len(exc.object)
    if resume < 0:
        resume += size
    if not 0 <= resume <= size:
        raise IndexError('position %d from error handler out of bounds' % answer[1])
    return replacement, resume


# ---- charmap ---------------------------------------------------------------------------

def _decoded(mapping, byte):
    """What mapping gives byte: a str, or None when the byte is undefined."""
    if isinstance(mapping, str):
        got = mapping[byte] if byte < len(mapping) else '\ufffe'
        return None if got == '\ufffe' else got
    try:
        got = mapping[byte]
    except LookupError:
        return None
    if got is None or isinstance(got, str):
        return None if got == '\ufffe' else got
    if isinstance(got, int):
        if not 0 <= got < 0x110000:
            raise TypeError('character mapping must be in range(0x110000)')
        return None if got == 0xFFFE else chr(got)
    raise TypeError('character mapping must return integer, None or str')


def charmap_decode(data, errors=None, mapping=None, /):
    """data decoded byte by byte through mapping: a str indexed by the byte ('\\ufffe'
    for none), or a mapping from bytes to str, code point or None; Latin-1 for None."""
    data = _bytes_arg(data)
    if mapping is None:
        return data.decode('latin-1', errors or 'strict'), len(data)
    out = []
    pos, size = 0, len(data)
    while pos < size:
        got = _decoded(mapping, data[pos])
        if got is not None:
            out.append(got)
            pos += 1
            continue
        exc = UnicodeDecodeError('charmap', data, pos, pos + 1, _UNDEFINED)
        replacement, pos = _resolve(errors, exc)
        out.append(replacement)
    return ''.join(out), size


def _encoded(mapping, ch):
    """What mapping gives the character: bytes, or None when it has no byte."""
    try:
        got = mapping[ord(ch)]
    except LookupError:
        return None
    if got is None or isinstance(got, bytes):
        return got
    if isinstance(got, int):
        if not 0 <= got < 256:
            raise TypeError('character mapping must be in range(256)')
        return bytes((got,))
    raise TypeError('character mapping must return integer, bytes or None, not %s'
                    % type(got).__name__)


def charmap_encode(text, errors=None, mapping=None, /):
    """text encoded through mapping (code point to byte value, bytes or None, as
    charmap_build makes it); Latin-1 for None. A run of characters the mapping lacks
    goes to the error handler at once; a str it answers is encoded through the mapping
    too, and a character of it that the mapping lacks raises the original error."""
    text = _str_arg('charmap_encode', text)
    if mapping is None:
        return text.encode('latin-1', errors or 'strict'), len(text)
    out = bytearray()
    pos, size = 0, len(text)
    while pos < size:
        got = _encoded(mapping, text[pos])
        if got is not None:
            out += got
            pos += 1
            continue
        end = pos + 1
        while end < size and _encoded(mapping, text[end]) is None:
            end += 1
        exc = UnicodeEncodeError('charmap', text, pos, end, _UNDEFINED)
        replacement, pos = _resolve(errors, exc)
        if isinstance(replacement, bytes):
            out += replacement
            continue
        for ch in replacement:
            got = _encoded(mapping, ch)
            if got is None:
                raise exc
            out += got
    return bytes(out), size


def charmap_build(decoding_table, /):
    """The encoding map of a decoding table: each character's code point to its index
    (a later repeat wins)."""
    table = _str_arg('charmap_build', decoding_table)
    return {ord(ch): index for index, ch in enumerate(table)}


# ---- unicode_escape and raw_unicode_escape ---------------------------------------------

_SIMPLE_ESCAPES = {'\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r'}
_ESCAPED_LETTERS = {ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\x07',
                    ord('b'): '\x08', ord('f'): '\x0c', ord('n'): '\n', ord('r'): '\r',
                    ord('t'): '\t', ord('v'): '\x0b', ord('\n'): ''}
_HEX = frozenset(b'0123456789abcdefABCDEF')
_OCTAL = frozenset(b'01234567')
# \x, \u and \U: how many hex digits follow, and the message when fewer do
_WIDE = {ord('x'): (2, 'truncated \\xXX escape'), ord('u'): (4, 'truncated \\uXXXX escape'),
         ord('U'): (8, 'truncated \\UXXXXXXXX escape')}


def _escape_one(ch, raw):
    point = ord(ch)
    if point >= 0x10000:
        return '\\U%08x' % point
    if point >= 0x100:
        return '\\u%04x' % point
    if raw:
        return ch
    escaped = _SIMPLE_ESCAPES.get(ch)
    if escaped is not None:
        return escaped
    if point < 0x20 or point >= 0x7f:
        return '\\x%02x' % point
    return ch


def unicode_escape_encode(text, errors=None, /):
    """text as Latin-1 bytes with Python's escapes for what is not printable ASCII."""
    text = _str_arg('unicode_escape_encode', text)
    body = ''.join(_escape_one(ch, False) for ch in text)
    return body.encode('latin-1'), len(text)


def raw_unicode_escape_encode(text, errors=None, /):
    """text as Latin-1 bytes, what lies past Latin-1 as \\uXXXX or \\UXXXXXXXX."""
    text = _str_arg('raw_unicode_escape_encode', text)
    body = ''.join(_escape_one(ch, True) for ch in text)
    return body.encode('latin-1'), len(text)


def _warn(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=4)


def _hex_escape(data, pos, letter, codec):
    """The escape \\x, \\u or \\U at data[pos]: (character or None, its end, error message)."""
    width, truncated = _WIDE[letter]
    digits = pos + 2
    end = digits
    while end < digits + width and end < len(data) and data[end] in _HEX:
        end += 1
    if end - digits < width:
        return None, end, truncated
    point = int(data[digits:end], 16)
    if point >= 0x110000:
        if codec == 'rawunicodeescape':
            return None, end, '\\Uxxxxxxxx out of range'
        return None, end, 'illegal Unicode character'
    return chr(point), end, None


def _named_escape(data, pos):
    """The escape \\N{NAME} at data[pos]: (character or None, its end, error message)."""
    if pos + 2 >= len(data) or data[pos + 2] != ord('{'):
        return None, pos + 2, 'malformed \\N character escape'
    close = data.find(b'}', pos + 3)
    if close < 0 or close == pos + 3:
        return None, len(data) if close < 0 else close, 'malformed \\N character escape'
    import unicodedata
    try:
        return unicodedata.lookup(data[pos + 3:close].decode('latin-1')), close + 1, None
    except KeyError:
        return None, close + 1, 'unknown Unicode character name'


def _split_escape(data, final, raw):
    """How much of data can be decoded now: all when final, else up to an escape that
    the next piece may finish (only \\u and \\U ones for raw)."""
    if final:
        return len(data)
    back = data.rfind(b'\\')
    if back < 0:
        return len(data)
    run = 0
    while back - run >= 0 and data[back - run] == 0x5C:
        run += 1
    if run % 2 == 0:  # the last backslash is escaped itself
        return len(data)
    letter = data[back + 1] if back + 1 < len(data) else None
    if letter is None:
        return back
    if letter in _WIDE and (not raw or letter != ord('x')):
        width = _WIDE[letter][0]
        got = 0
        while back + 2 + got < len(data) and data[back + 2 + got] in _HEX:
            got += 1
        return back if got < width and back + 2 + got == len(data) else len(data)
    if letter == ord('N') and not raw and data.find(b'}', back) < 0:
        return back
    return len(data)


def _unescape(data, errors, raw, final=True):
    codec = 'rawunicodeescape' if raw else 'unicodeescape'
    data = data.encode('latin-1') if isinstance(data, str) else bytes(data)
    size = _split_escape(data, final, raw)
    out = []
    pos = 0
    while pos < size:
        slash = data.find(b'\\', pos, size)
        if slash < 0:
            out.append(data[pos:size].decode('latin-1'))
            break
        out.append(data[pos:slash].decode('latin-1'))
        pos = slash
        if raw:
            run = 0
            while pos + run < size and data[pos + run] == 0x5C:
                run += 1
            nxt = data[pos + run] if pos + run < size else None
            if run % 2 == 0 or nxt not in (ord('u'), ord('U')):
                out.append('\\' * run)
                pos += run
                continue
            out.append('\\' * (run - 1))
            pos += run - 1
            ch, end, message = _hex_escape(data, pos, nxt, codec)
        else:
            if pos + 1 >= size:
                ch, end, message = None, size, '\\ at end of string'
            else:
                letter = data[pos + 1]
                if letter in _ESCAPED_LETTERS:
                    out.append(_ESCAPED_LETTERS[letter])
                    pos += 2
                    continue
                if letter in _OCTAL:
                    end = pos + 2
                    while end < pos + 4 and end < size and data[end] in _OCTAL:
                        end += 1
                    point = int(data[pos + 1:end], 8)
                    if point > 0o377:
                        _warn("invalid octal escape sequence '\\%s'"
                              % data[pos + 1:end].decode('latin-1'))
                    out.append(chr(point))
                    pos = end
                    continue
                if letter in _WIDE:
                    ch, end, message = _hex_escape(data, pos, letter, codec)
                elif letter == ord('N'):
                    ch, end, message = _named_escape(data, pos)
                else:
                    _warn("invalid escape sequence '\\%s'" % chr(letter))
                    out.append('\\' + chr(letter))
                    pos += 2
                    continue
        if ch is not None:
            out.append(ch)
            pos = end
            continue
        exc = UnicodeDecodeError(codec, data, pos, end, message)
        replacement, pos = _resolve(errors, exc)
        out.append(replacement)
    return ''.join(out), size


def unicode_escape_decode(data, errors=None, final=True, /):
    """Latin-1 bytes with Python's backslash escapes read as the str they spell."""
    return _unescape(data, errors, False, final)


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    """Latin-1 bytes in which only \\uXXXX and \\UXXXXXXXX (after an odd run of
    backslashes) are escapes."""
    return _unescape(data, errors, True, final)
