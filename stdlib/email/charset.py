"""email.charset for closured: what a MIME charset means for headers and bodies (which
of quoted-printable and base64 encodes each, the charset written out), with CPython's
table of known charsets and its aliases; add_charset/add_alias/add_codec extend it."""

from email import errors
from email.encoders import encode_7or8bit

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

QP = 1
BASE64 = 2
SHORTEST = 3
RFC2047_CHROME_LEN = 7
DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# name: (header encoding, body encoding, charset written out or None for itself)
CHARSETS = {name: (QP, QP, None) for name in (
    'iso-8859-1', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-9', 'iso-8859-10',
    'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-16', 'windows-1252', 'viscii')}
CHARSETS.update({
    'us-ascii': (None, None, None), 'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None), 'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'), 'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None), 'utf-8': (SHORTEST, BASE64, 'utf-8'),
})

ALIASES = {}
for _number, _latin in enumerate((1, 2, 3, 4, 9, 10, 13, 14, 15, 16), 1):
    for _sep in '_-':
        ALIASES['latin%s%d' % (_sep, _number)] = 'iso-8859-%d' % _latin
ALIASES.update({'cp949': 'ks_c_5601-1987', 'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr',
                'ascii': 'us-ascii'})
del _number, _latin, _sep

# charset -> the Python codec for it (None: ASCII text needs no codec)
CODEC_MAP = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Tell the module how to encode headers and bodies in charset."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


def _encode(string, codec):
    if codec == UNKNOWN8BIT:
        return string.encode('ascii', 'surrogateescape')
    return string.encode(codec)


def _ascii_name(charset):
    """A charset name as str (bytes are decoded); CharsetError unless it is ASCII."""
    try:
        if not isinstance(charset, str):
            return str(charset, 'ascii')
        charset.encode('ascii')
        return charset
    except UnicodeError:
        raise errors.CharsetError(charset)


class Charset:
    """A charset's encodings: header_encoding and body_encoding (QP, BASE64, SHORTEST
    for headers, or None), input_charset, output_charset and their codecs."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        name = _ascii_name(input_charset).lower()
        self.input_charset = ALIASES.get(name, name)
        header, body, written = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        written = written or self.input_charset
        self.header_encoding = header
        self.body_encoding = body
        self.output_charset = ALIASES.get(written, written)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        """The Content-Transfer-Encoding a body in this charset gets ('quoted-printable',
        'base64'), or the encoder function that picks 7bit or 8bit."""
        assert self.body_encoding != SHORTEST
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _header_module(self, encoded):
        from email import base64mime, quoprimime
        if self.header_encoding == BASE64:
            return base64mime
        if self.header_encoding == QP:
            return quoprimime
        if self.header_encoding == SHORTEST:
            if base64mime.header_length(encoded) < quoprimime.header_length(encoded):
                return base64mime
            return quoprimime
        return None

    def header_encode(self, string):
        """string as one RFC 2047 encoded word (unchanged when the charset needs none)."""
        codec = self.output_codec or 'us-ascii'
        encoded = _encode(string, codec)
        module = self._header_module(encoded)
        return string if module is None else module.header_encode(encoded, codec)

    def header_encode_lines(self, string, maxlengths):
        """string cut into encoded words, each filling its line: the first word no
        longer than the first length maxlengths yields, the next ones than the lengths
        after it (the =?charset?X?...?= around each counted). The first entry is None
        when not even one character fits on the first line."""
        codec = self.output_codec or 'us-ascii'
        module = self._header_module(_encode(string, codec))
        name = self.get_output_charset()
        chrome = len(name) + RFC2047_CHROME_LEN
        words = []
        start = 0
        room = next(maxlengths) - chrome
        for end in range(1, len(string) + 1):
            if module.header_length(_encode(string[start:end], name)) <= room:
                continue
            # the character at end - 1 overflows: the word ends before it
            if end - 1 == start and not words:
                words.append(None)
            else:
                words.append(module.header_encode(_encode(string[start:end - 1], codec), codec))
            start = end - 1
            room = next(maxlengths) - chrome
        words.append(module.header_encode(_encode(string[start:], codec), codec))
        return words

    def body_encode(self, string):
        """string (str or bytes) encoded for a body in this charset."""
        if not string:
            return string
        from email import base64mime, quoprimime
        if self.body_encoding == BASE64:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return base64mime.body_encode(string)
        if self.body_encoding == QP:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return quoprimime.body_encode(string.decode('latin1'))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string
