"""email.quoprimime for closured: quoted-printable as MIME headers (RFC 2047 'Q' encoded
words) and bodies (RFC 2045) use it, on str whose characters stand for bytes."""

import re
from string import ascii_letters, digits, hexdigits

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode', 'decodestring',
           'header_decode', 'header_encode', 'header_length', 'quote', 'unquote']

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''

# What each byte becomes in a 'Q' header word, and in a body.
_HEADER_TOKENS = ['=%02X' % byte for byte in range(256)]
for _byte in (b'-!*+/' + ascii_letters.encode() + digits.encode()):
    _HEADER_TOKENS[_byte] = chr(_byte)
_HEADER_TOKENS[0x20] = '_'
_BODY_TOKENS = ['=%02X' % byte for byte in range(256)]
for _byte in range(0x20, 0x7F):
    if _byte != 0x3D:
        _BODY_TOKENS[_byte] = chr(_byte)
_BODY_TOKENS[0x09] = '\t'
del _byte


def header_check(octet):
    """Whether the byte needs quoting in a header word."""
    return chr(octet) != _HEADER_TOKENS[octet]


def body_check(octet):
    """Whether the byte needs quoting in a body."""
    return chr(octet) != _BODY_TOKENS[octet]


def header_length(bytearray):
    """The length of the 'Q' encoding of the bytes (without the =?...?= chrome)."""
    return sum(len(_HEADER_TOKENS[byte]) for byte in bytearray)


def body_length(bytearray):
    return sum(len(_BODY_TOKENS[byte]) for byte in bytearray)


def quote(c):
    return '=%02X' % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_encode(header_bytes, charset='iso-8859-1'):
    """The bytes as one encoded word '=?charset?q?...?=' ('' for no bytes)."""
    if not header_bytes:
        return ''
    return '=?%s?q?%s?=' % (charset, ''.join(_HEADER_TOKENS[byte] for byte in header_bytes))


def _body_token(ch):
    return ch if ch in '\r\n' or ord(ch) > 255 else _BODY_TOKENS[ord(ch)]


def _wrap_line(tokens, maxlinelen, eol, out):
    """Append to out the physical lines of one encoded line given as tokens: soft breaks
    keep lines within maxlinelen and never split an escape; a blank at the very end is
    quoted (or pushed past a soft break when the line has no room)."""
    remaining = sum(len(token) for token in tokens)
    first = 0
    while remaining > maxlinelen:
        width, last = 0, first
        while width + len(tokens[last]) <= maxlinelen - 1:
            width += len(tokens[last])
            last += 1
        out.append(''.join(tokens[first:last]) + '=')
        remaining -= width
        first = last
    rest = ''.join(tokens[first:])
    if rest and rest[-1] in ' \t':
        room = maxlinelen + 1 - len(rest)
        blank = rest[-1]
        if room >= 3:
            rest = rest[:-1] + quote(blank)
        elif room == 2:
            rest = rest + '=' + eol
        else:
            rest = rest[:-1] + '=' + eol + quote(blank)
    out.append(rest)


def body_encode(body, maxlinelen=76, eol=NL):
    """body (str of byte values) quoted-printable encoded, lines joined by eol."""
    if maxlinelen < 4:
        raise ValueError('maxlinelen must be at least 4')
    if not body:
        return body
    encoded = ''.join(_body_token(ch) for ch in body)
    out = []
    for line in encoded.splitlines():
        tokens = re.findall('=..|.', line, re.DOTALL)
        _wrap_line(tokens, maxlinelen, eol, out)
    if body[-1] in CRLF:
        out.append('')
    return eol.join(out)


def decode(encoded, eol=NL):
    """A quoted-printable body decoded (soft breaks joined, lines ended by eol)."""
    if not encoded:
        return encoded
    pieces = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            pieces.append(eol)
            continue
        soft = line.endswith('=')
        if soft:
            line = line[:-1]
        pieces.append(re.sub('=([0-9A-Fa-f]{2})', lambda m: chr(int(m.group(1), 16)), line))
        if not soft:
            pieces.append(eol)
    text = ''.join(pieces)
    if encoded[-1] not in '\r\n' and text.endswith(eol):
        text = text[:-len(eol)]
    return text


body_decode = decode
decodestring = decode


def header_decode(s):
    """The text of a 'Q' encoded word's body: '_' is a space, =XX the character XX."""
    return re.sub(r'=[a-fA-F0-9]{2}', lambda m: chr(int(m.group(0)[1:], 16)),
                  s.replace('_', ' '), flags=re.ASCII)
