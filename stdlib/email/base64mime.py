"""email.base64mime for closured: base64 as MIME headers (RFC 2047 'B' encoded words)
and bodies (lines of at most 76 characters) use it."""

from base64 import b64encode
from binascii import a2b_base64, b2a_base64

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring', 'header_encode',
           'header_length']

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
MISC_LEN = 7


def header_length(bytearray):
    """The length of the base64 form of the bytes."""
    return (len(bytearray) + 2) // 3 * 4


def header_encode(header_bytes, charset='iso-8859-1'):
    """The bytes (or str, encoded in charset) as one '=?charset?b?...?=' word."""
    if not header_bytes:
        return ''
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return '=?%s?b?%s?=' % (charset, b64encode(header_bytes).decode('ascii'))


def body_encode(s, maxlinelen=76, eol=NL):
    """The bytes s as base64 lines of at most maxlinelen characters, each ended by eol."""
    if not s:
        return ''
    step = max(maxlinelen * 3 // 4 // 3 * 3, 3)
    lines = []
    for start in range(0, len(s), step):
        line = b2a_base64(s[start:start + step]).decode('ascii')
        if line.endswith(NL) and eol != NL:
            line = line[:-1] + eol
        lines.append(line)
    return EMPTYSTRING.join(lines)


def decode(string):
    """The bytes of base64 text (str or bytes); b'' for none."""
    if not string:
        return bytes()
    if isinstance(string, str):
        return a2b_base64(string.encode('latin-1'))
    return a2b_base64(string)


body_decode = decode
decodestring = decode
