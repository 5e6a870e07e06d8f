"""quopri for closured: quoted-printable (RFC 1521/2045) encoding and decoding of bytes,
with the output CPython's binascii.b2a_qp/a2b_qp give (lines of at most 76 characters
broken by soft breaks '=', trailing blanks and a lone '.' line quoted, header mode writing
'_' for space)."""

__all__ = ['encode', 'decode', 'encodestring', 'decodestring']

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''
_HEXDIGITS = b'0123456789abcdefABCDEF'


def _as_bytes(data, name):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def _must_quote(data, at, column, quotetabs, header, istext=True):
    """Whether the byte at data[at] cannot be written as itself (line ends
    are data to quote when the input is not text)."""
    c = data[at]
    if c > 126 or c == 0x3D or (header and c == 0x5F):
        return True
    if c == 0x2E and column == 0:  # a line that is a lone dot, or starts so
        return at + 1 == len(data) or data[at + 1] in b'\n\r\x00'
    if c in b' \t':
        return at + 1 == len(data) or quotetabs
    return c < 32 and (c not in b'\r\n' or not istext)


def _b2a_qp(data, quotetabs=False, header=False, istext=True):
    data = _as_bytes(data, 'data')
    newline = b'\n'
    first = data.find(b'\n')
    if first > 0 and data[first - 1] == 0x0D:
        newline = b'\r\n'
    out = bytearray()
    column = 0
    at, end = 0, len(data)
    while at < end:
        c = data[at]
        if _must_quote(data, at, column, quotetabs, header, istext):
            if column + 3 >= MAXLINESIZE:
                out += b'=' + newline
                column = 0
            out += b'=%02X' % c
            column += 3
            at += 1
            continue
        line_end = 1 if c == 0x0A else 2 if data[at:at + 2] == b'\r\n' else 0
        if line_end:
            if out and out[-1] in b' \t':
                out[-1:] = b'=%02X' % out[-1]
            out += newline
            column = 0
            at += line_end
            continue
        if at + 1 != end and data[at + 1] != 0x0A and column + 1 >= MAXLINESIZE:
            out += b'=' + newline
            column = 0
        out.append(0x5F if header and c == 0x20 else c)
        column += 1
        at += 1
    return bytes(out)


def _a2b_qp(data, header=False):
    data = _as_bytes(data, 'data')
    out = bytearray()
    at, end = 0, len(data)
    while at < end:
        c = data[at]
        at += 1
        if c == 0x5F and header:
            out.append(0x20)
        elif c != 0x3D:
            out.append(c)
        elif at >= end:
            break
        elif data[at] in b'\r\n':
            newline = data.find(b'\n', at)
            at = end if newline < 0 else newline + 1
        elif data[at] == 0x3D:
            out.append(0x3D)
            at += 1
        elif at + 1 < end and data[at] in _HEXDIGITS and data[at + 1] in _HEXDIGITS:
            out.append(int(data[at:at + 2], 16))
            at += 2
        else:
            out.append(0x3D)
    return bytes(out)


def needsquoting(c, quotetabs, header):
    """Whether the single byte c must be quoted (spaces and tabs only with quotetabs)."""
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The '=XX' escape of the single byte c."""
    return b'=%02X' % ord(c)


def ishex(c):
    """Whether the single byte c is a hexadecimal digit."""
    return len(c) == 1 and c in _HEXDIGITS


def unhex(s):
    """The value of the hexadecimal digits s."""
    return int(s, 16)


def encode(input, output, quotetabs, header=False):
    """Write input's bytes to output, quoted-printable encoded."""
    output.write(_b2a_qp(input.read(), quotetabs, header))


def decode(input, output, header=False):
    """Write input's quoted-printable bytes to output, decoded."""
    output.write(_a2b_qp(input.read(), header))


def encodestring(s, quotetabs=False, header=False):
    return _b2a_qp(s, quotetabs, header)


def decodestring(s, header=False):
    return _a2b_qp(s, header)
