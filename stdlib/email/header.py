"""email.header for closured: RFC 2047 encoded words. decode_header splits a header value
into (text, charset) pieces as CPython does (bytes for the pieces of a value that held
encoded words); Header holds pieces in charsets and writes them back, unfolded: a value
longer than the line length raises NotImplementedError (folding is not provided)."""

import binascii
import re

from email import base64mime, quoprimime
from email import charset as _charset
from email.errors import HeaderParseError

__all__ = ['Header', 'decode_header', 'make_header']

Charset = _charset.Charset
USASCII, UTF8 = Charset('us-ascii'), Charset('utf-8')
MAXLINELEN = 78
NL, SPACE, SPACE8, BSPACE, EMPTYSTRING = '\n', ' ', ' ' * 8, b' ', ''
FWS = ' \t'

ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?(?P<encoded>.*?)\?=',
                  re.MULTILINE)
fcre = re.compile(r'[\041-\176]+:$')
_embedded_header = re.compile(r'\n[^ \t]+:')


def _as_bytes(text):
    return text.encode('latin-1', 'backslashreplace') if isinstance(text, str) else text


def _split_words(line):
    """The (text, encoding, charset) pieces of one line; plain text has encoding None,
    and blanks between two encoded words are dropped."""
    pieces = []
    parts = ecre.split(line)
    plain = parts[0].lstrip()
    if plain:
        pieces.append((plain, None, None))
    for index in range(1, len(parts), 4):
        charset, encoding, encoded, plain = parts[index:index + 4]
        if pieces and pieces[-1][1] is None and not pieces[-1][0].strip() and \
                len(pieces) > 1 and pieces[-2][1] is not None:
            pieces.pop()
        pieces.append((encoded, encoding.lower(), charset.lower()))
        if plain:
            pieces.append((plain, None, None))
    return pieces


def _decode_word(encoded, encoding):
    if encoding == 'q':
        return quoprimime.header_decode(encoded)
    missing = len(encoded) % 4
    if missing:
        encoded += '==='[:4 - missing]
    try:
        return base64mime.decode(encoded)
    except binascii.Error:
        raise HeaderParseError('Base64 decoding error')


def decode_header(header):
    """[(text, charset)] for a header value: [(value, None)] when it holds no encoded
    word; otherwise bytes pieces, neighbours in one charset joined (plain pieces with a
    space)."""
    if hasattr(header, '_chunks'):
        return [(_charset._encode(text, str(cs)), str(cs)) for text, cs in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    words = []
    for line in header.splitlines():
        words += _split_words(line)
    joined = []
    for text, encoding, charset in words:
        data = _as_bytes(text if encoding is None else _decode_word(text, encoding))
        if joined and joined[-1][1] == charset:
            glue = BSPACE if charset is None else b''
            joined[-1] = (joined[-1][0] + glue + data, charset)
        else:
            joined.append((data, charset))
    return joined


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header of decode_header's pieces."""
    made = Header(maxlinelen=maxlinelen, header_name=header_name,
                  continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        made.append(text, charset)
    return made


def _as_charset(charset, default):
    if charset is None:
        return default
    return charset if isinstance(charset, Charset) else Charset(charset)


def _is_plain(charset):
    return charset in (None, 'us-ascii')


class Header:
    """A header value made of pieces of text, each in its charset."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        self._chunks = []
        self._charset = _as_charset(charset, USASCII)
        self._continuation_ws = continuation_ws
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2
        if s is not None:
            self.append(s, self._charset, errors)

    def _merged(self):
        """The pieces with neighbours in the same charset joined."""
        merged = []
        for text, charset in self._chunks:
            if merged and merged[-1][1] == charset:
                merged[-1] = (merged[-1][0] + SPACE + text, charset)
            else:
                merged.append((text, charset))
        return merged

    def __str__(self):
        """The text of the pieces, a space where plain text meets encoded text."""
        out = []
        previous = None
        ends_blank = False
        for text, charset in self._merged():
            current = charset
            if current == _charset.UNKNOWN8BIT:
                text = text.encode('ascii', 'surrogateescape').decode('ascii', 'replace')
            if out:
                starts_blank = bool(text) and text[0] in FWS
                if not _is_plain(previous):
                    if _is_plain(current) and not starts_blank:
                        out.append(SPACE)
                        current = None
                elif not _is_plain(current) and not ends_blank:
                    out.append(SPACE)
            ends_blank = bool(text) and text[-1] in FWS
            previous = current
            out.append(text)
        return EMPTYSTRING.join(out)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        """Add a piece: s (str, or bytes in charset) in charset (the header's by
        default); text the charset cannot hold makes a us-ascii piece utf-8."""
        charset = _as_charset(charset, self._charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            if codec == _charset.UNKNOWN8BIT:
                s = s.decode('us-ascii', 'surrogateescape')
            else:
                s = s.decode(codec, errors)
        target = charset.output_codec or 'us-ascii'
        if target != _charset.UNKNOWN8BIT:
            try:
                s.encode(target, errors)
            except UnicodeEncodeError:
                if target != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The value as it is written in a message: plain pieces as they are, the others
        as encoded words. Lines already folded in the text keep their breaks."""
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        lines = ['']
        previous = None
        ends_blank = False
        for text, charset in self._merged():
            starts_blank = bool(text) and text[0] in FWS
            if lines[-1] or previous is not None:
                if not _is_plain(previous):
                    if not starts_blank or not _is_plain(charset):
                        lines[-1] += SPACE
                elif not _is_plain(charset) and not ends_blank:
                    lines[-1] += SPACE
            ends_blank = bool(text) and text[-1] in FWS
            previous = charset
            pieces = text.splitlines() or ['']
            for number, piece in enumerate(pieces):
                if number:
                    lines.append('')
                    if charset.header_encoding is None:
                        stripped = piece.lstrip()
                        lines[-1] = piece[:len(piece) - len(stripped)]
                        piece = stripped
                    else:
                        lines[-1] = self._continuation_ws
                        piece = ' ' + piece.lstrip()
                if charset.header_encoding is None:
                    lines[-1] += piece
                else:
                    lines[-1] += charset.header_encode(piece) if piece.strip() else piece
            if len(pieces) > 1:
                lines.append('')
        lines = [line.rstrip(FWS) if index else line for index, line in enumerate(lines)]
        while len(lines) > 1 and not lines[-1]:
            lines.pop()
        first = self._headerlen + len(lines[0])
        if first > maxlinelen or any(len(line) > maxlinelen for line in lines[1:]):
            raise NotImplementedError('email.header.Header.encode: folding a value longer '
                                      'than %d characters is not available in closured'
                                      % maxlinelen)
        value = linesep.join(lines)
        if _embedded_header.search(value):
            raise HeaderParseError('header value appears to contain an embedded header: '
                                   '{!r}'.format(value))
        return value
