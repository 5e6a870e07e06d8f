"""email.header for closured: RFC 2047 encoded words. decode_header splits a header value
into (text, charset) pieces as CPython does (bytes for the pieces of a value that held
encoded words); Header holds pieces in charsets and writes them back folded as compat32
folds them."""

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
                starts_blank = bool(text) and _nonctext(text[0])
                if not _is_plain(previous):
                    if _is_plain(current) and not starts_blank:
                        out.append(SPACE)
                        current = None
                elif not _is_plain(current) and not ends_blank:
                    out.append(SPACE)
            ends_blank = bool(text) and _nonctext(text[-1])
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
        as encoded words, folded into lines of at most maxlinelen characters (0: no
        folding), plain text broken at the last of splitchars (in their order of
        preference) that fits, encoded text cut into as many encoded words as it
        takes. Lines already folded in the text keep their breaks."""
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        folder = _Folder(self._headerlen, maxlinelen, self._continuation_ws, splitchars)
        previous = None
        for number, (text, charset) in enumerate(self._merged()):
            if number:
                # a mark where the value may break between pieces: between two encoded
                # ones, or where encoded and plain text meet without a blank
                opens_blank = bool(text) and _nonctext(text[0])
                if not _is_plain(previous):
                    if not opens_blank or not _is_plain(charset):
                        folder.mark()
                elif not _is_plain(charset) and not closes_blank:
                    folder.mark()
            closes_blank = bool(text) and _nonctext(text[-1])
            previous = charset
            pieces = text.splitlines() or ['']
            folder.feed('', pieces[0], charset)
            for piece in pieces[1:]:
                folder.end_line()
                if charset.header_encoding is None:
                    stripped = piece.lstrip()
                    folder.feed(piece[:len(piece) - len(stripped)], stripped, charset)
                else:
                    folder.feed(self._continuation_ws, ' ' + piece.lstrip(), charset)
            if len(pieces) > 1:
                folder.end_line()
        if self._chunks:
            folder.mark()
        folder.end_line()
        value = linesep.join(folder.lines)
        if _embedded_header.search(value):
            raise HeaderParseError('header value appears to contain an embedded header: '
                                   '{!r}'.format(value))
        return value


def _nonctext(ch):
    """Whether ch may not stand in an RFC 822 comment's text: blanks, parentheses and
    the backslash."""
    return ch.isspace() or ch in ('(', ')', '\\')


class _Folder:
    """Lines of a header value as they fill up. The line being filled is a list of
    (blanks, text) parts after `lead` columns (the header's name, on the first line
    only); a part that takes the line past maxlen makes it break at the last part
    boundary one of splitchars allows (the first of them that allows any), or, with
    none, move to a line of its own when the name is on this line."""

    def __init__(self, lead, maxlen, continuation_ws, splitchars):
        self.lead = lead
        self.maxlen = maxlen
        self.continuation_ws = continuation_ws
        self.splitchars = splitchars
        self.lines = []
        self.parts = []

    def width(self):
        return self.lead + sum(len(blanks) + len(text) for blanks, text in self.parts)

    def text(self):
        return EMPTYSTRING.join(blanks + text for blanks, text in self.parts)

    def restart(self, parts):
        self.parts = parts
        self.lead = 0

    def mark(self):
        """A place between pieces where the line may break (dropped at a line's end)."""
        self.parts.append((SPACE, EMPTYSTRING))

    def end_line(self):
        if self.parts and self.parts[-1] == (SPACE, EMPTYSTRING):
            self.parts.pop()
        if self.width() > 0:
            line = self.text()
            if self.lead == 0 and line.isspace() and self.lines:
                self.lines[-1] += line  # blanks alone stay on the line before
            else:
                self.lines.append(line)
        self.restart([])

    def feed(self, blanks, text, charset):
        if charset.header_encoding is None:
            # plain text: a part per run of blanks and the word after it
            runs = re.split('([' + FWS + ']+)', blanks + text)
            if runs[0]:
                runs.insert(0, EMPTYSTRING)
            else:
                del runs[0]
            for index in range(0, len(runs), 2):
                self.add(runs[index], runs[index + 1])
            return
        words = charset.header_encode_lines(text, self.room())
        if words[0] is not None:
            self.add(blanks, words[0])
        if len(words) == 1:
            return
        self.end_line()
        self.parts.append((self.continuation_ws, words[-1]))
        for word in words[1:-1]:
            self.lines.append(self.continuation_ws + word)

    def room(self):
        """The room for encoded words: what the line being filled has left, then whole
        continuation lines."""
        yield self.maxlen - self.width()
        while True:
            yield self.maxlen - len(self.continuation_ws)

    def add(self, blanks, text):
        self.parts.append((blanks, text))
        if self.width() <= self.maxlen:
            return
        at = self.break_point()
        if at is None:
            blanks, text = self.parts.pop()
            if self.lead > 0:
                # the header's name keeps its line; the part starts the next one, after
                # a space at least
                self.end_line()
                blanks = blanks or SPACE
            self.parts.append((blanks, text))
            return
        rest = self.parts[at:]
        del self.parts[at:]
        self.lines.append(self.text())
        self.restart(rest)

    def break_point(self):
        """The index of the part the line breaks before, latest first, or None."""
        for ch in self.splitchars:
            for at in range(len(self.parts) - 1, 0, -1):
                blanks = self.parts[at][0]
                if ch.isspace() and blanks and blanks[0] == ch:
                    return at
                before = self.parts[at - 1][1]
                if before and before[-1] == ch:
                    return at
        return None
