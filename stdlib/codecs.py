"""codecs for closured: the registry's basics over the runtime's own text
codecs (UTF-8 with or without a leading byte order mark, Latin-1, ASCII, UTF-16 and UTF-32 with or without a byte order
mark, with the error handlers str.encode and bytes.decode know; namereplace only as the function namereplace_errors): lookup, encode, decode, the incremental encoders and decoders,
iterencode/iterdecode, and the BOM constants. The idna, punycode, iso8859-15, koi8-r,
unicode-escape and raw-unicode-escape codecs are written in Python (stdlib/encodings, on
the charmap and escape functions of _codecs_text); other encodings raise LookupError; codecs.open raises PermissionError (the runtime opens no file);
register_error() adds error handlers; register() and the stream classes are not
provided."""

import sys

__all__ = ['lookup', 'encode', 'decode', 'getencoder', 'getdecoder', 'getincrementalencoder',
           'getincrementaldecoder', 'iterencode', 'iterdecode', 'CodecInfo', 'open',
           'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE',
           'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE', 'IncrementalEncoder',
           'IncrementalDecoder', 'lookup_error', 'register_error', 'strict_errors', 'ignore_errors',
           'replace_errors', 'backslashreplace_errors', 'xmlcharrefreplace_errors',
           'namereplace_errors', 'Codec', 'BufferedIncrementalEncoder',
           'BufferedIncrementalDecoder']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE

# Each codec's aliases (after lowering and turning ' ' and '_' into '-').
_ALIASES = {
    'utf-8': ('utf-8', 'utf8', 'u8', 'utf', 'cp65001', 'utf8-ucs2', 'utf8-ucs4'),
    'utf-8-sig': ('utf-8-sig',),
    'iso8859-1': ('iso8859-1', 'iso-8859-1', 'latin-1', 'latin1', 'latin', 'l1', 'cp819',
                  '8859', 'iso-ir-100', 'csisolatin1', 'iso-8859-1-1987'),
    'ascii': ('ascii', 'us-ascii', 'us', '646', 'ansi-x3.4-1968', 'ansi-x3-4-1968',
              'ansi-x3.4-1986', 'cp367', 'csascii', 'ibm367', 'iso646-us', 'iso-646.irv-1991',
              'iso-ir-6'),
    'utf-16': ('utf-16', 'utf16', 'u16'),
    'utf-16-le': ('utf-16-le', 'utf-16le', 'unicodelittleunmarked'),
    'utf-16-be': ('utf-16-be', 'utf-16be', 'unicodebigunmarked'),
    'utf-32': ('utf-32', 'utf32', 'u32'),
    'utf-32-le': ('utf-32-le', 'utf-32le'),
    'utf-32-be': ('utf-32-be', 'utf-32be'),
}
_BY_ALIAS = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
_RUNTIME_NAME = {'utf-8': 'utf-8', 'utf-8-sig': 'utf-8-sig', 'iso8859-1': 'latin-1', 'ascii': 'ascii',
                 'utf-16': 'utf-16', 'utf-16-le': 'utf-16-le', 'utf-16-be': 'utf-16-be',
                 'utf-32': 'utf-32', 'utf-32-le': 'utf-32-le', 'utf-32-be': 'utf-32-be'}
# the code unit of the UTF-16 and UTF-32 codecs, in bytes
_WIDTH = {'utf-16': 2, 'utf-16-le': 2, 'utf-16-be': 2, 'utf-32': 4, 'utf-32-le': 4,
          'utf-32-be': 4}


class CodecInfo(tuple):
    """A codec: (encode, decode, streamreader, streamwriter) plus its name and
    the incremental classes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.__dict__.update(name=name, encode=encode, decode=decode,
                             incrementalencoder=incrementalencoder,
                             incrementaldecoder=incrementaldecoder,
                             streamwriter=streamwriter, streamreader=streamreader)
        if _is_text_encoding is not None:  # else the class's True holds
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = type(self)
        return (f'<{kind.__module__}.{kind.__qualname__} object for encoding {self.name}'
                f' at {id(self):#x}>')


class IncrementalEncoder(object):
    """Encodes text given piece by piece."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder(object):
    """Decodes bytes given piece by piece."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class Codec:
    """The stateless coder base: encode(input, errors) and decode(input, errors), each
    answering (output, input consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder over _buffer_encode(input, errors, final), which answers
    (output, consumed): what it did not consume waits for the next piece."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder over _buffer_decode(input, errors, final), which answers
    (output, consumed): the bytes it did not consume wait for the next piece."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + bytes(input)
        output, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _make_codec(name):
    runtime = _RUNTIME_NAME[name]
    if name in _WIDTH:
        return _make_wide_codec(name)
    if name == 'utf-8-sig':
        return _make_sig_codec()

    def encode(input, errors='strict'):
        return input.encode(runtime, errors), len(input)

    def decode(input, errors='strict'):
        data = bytes(input)
        return data.decode(runtime, errors), len(data)

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return input.encode(runtime, self.errors)

    class _Decoder(IncrementalDecoder):
        """Keeps an incomplete UTF-8 sequence at the end of a piece for the next."""

        def __init__(self, errors='strict'):
            IncrementalDecoder.__init__(self, errors)
            self.buffer = b''

        def decode(self, input, final=False):
            data = self.buffer + bytes(input)
            keep = 0
            if runtime == 'utf-8' and not final:
                keep = _incomplete_tail(data)
            self.buffer = data[len(data) - keep:] if keep else b''
            return data[:len(data) - keep].decode(runtime, self.errors)

        def reset(self):
            self.buffer = b''

        def getstate(self):
            return (self.buffer, 0)

        def setstate(self, state):
            self.buffer = state[0]

    _Encoder.__name__ = _Encoder.__qualname__ = 'IncrementalEncoder'
    _Decoder.__name__ = _Decoder.__qualname__ = 'IncrementalDecoder'
    return CodecInfo(encode, decode, None, None, _Encoder, _Decoder, name)


def _make_wide_codec(name):
    # utf-16 and utf-32: with a byte order mark ('utf-16') the encoder writes one before
    # its first output and the decoder reads the order from the first unit
    width = _WIDTH[name]
    bom = name in ('utf-16', 'utf-32')

    def encode(input, errors='strict'):
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        data = bytes(input)
        return data.decode(name, errors), len(data)

    class _Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            if bom and self.started:
                return input.encode(name + '-le', self.errors)
            self.started = True
            return input.encode(name, self.errors)

        def reset(self):
            self.started = False

        def getstate(self):
            return 0 if self.started else 2

        def setstate(self, state):
            self.started = state == 0

    class _Decoder(IncrementalDecoder):
        """Keeps a piece's last unfinished code unit (and a high surrogate) for the next."""

        def __init__(self, errors='strict'):
            IncrementalDecoder.__init__(self, errors)
            self.buffer = b''
            self.order = None if bom else name

        def decode(self, input, final=False):
            data = self.buffer + bytes(input)
            if self.order is None:
                if len(data) < width and not final:
                    self.buffer = data
                    return ''
                base = 'utf-%d' % (width * 8)
                if data[:width] == ('\ufeff').encode(base + '-le'):
                    self.order, data = base + '-le', data[width:]
                elif data[:width] == ('\ufeff').encode(base + '-be'):
                    self.order, data = base + '-be', data[width:]
                else:
                    self.order = base + '-le'
            keep = 0
            if not final:
                keep = len(data) % width
                if width == 2 and len(data) - keep >= 2:
                    lo, hi = data[len(data) - keep - 2:len(data) - keep]
                    unit = (hi << 8 | lo) if self.order.endswith('le') else (lo << 8 | hi)
                    if 0xD800 <= unit < 0xDC00:
                        keep += 2
            self.buffer = data[len(data) - keep:] if keep else b''
            return data[:len(data) - keep].decode(self.order, self.errors)

        def reset(self):
            self.buffer = b''
            self.order = None if bom else name

        def getstate(self):
            return (self.buffer, 0)

        def setstate(self, state):
            self.buffer = state[0]

    _Encoder.__name__ = _Encoder.__qualname__ = 'IncrementalEncoder'
    _Decoder.__name__ = _Decoder.__qualname__ = 'IncrementalDecoder'
    return CodecInfo(encode, decode, None, None, _Encoder, _Decoder, name)


def _make_sig_codec():
    # utf-8 behind a byte order mark: the encoder writes it before its first output, the
    # decoder drops one at the start of the stream (waiting for three bytes to tell)
    plain = lookup('utf-8')

    def encode(input, errors='strict'):
        return input.encode('utf-8-sig', errors), len(input)

    def decode(input, errors='strict'):
        data = bytes(input)
        return data.decode('utf-8-sig', errors), len(data)

    class _Encoder(plain.incrementalencoder):
        def __init__(self, errors='strict'):
            plain.incrementalencoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            out = plain.incrementalencoder.encode(self, input, final)
            if not self.started:
                self.started = True
                out = BOM_UTF8 + out
            return out

        def reset(self):
            self.started = False

        def getstate(self):
            return 0 if self.started else 1

        def setstate(self, state):
            self.started = not state

    class _Decoder(plain.incrementaldecoder):
        def __init__(self, errors='strict'):
            plain.incrementaldecoder.__init__(self, errors)
            self.head = b''  # the first bytes, while they may still be a mark

        def decode(self, input, final=False):
            if self.head is not None:
                data = self.head + bytes(input)
                if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
                    self.head = data
                    return ''
                self.head = None
                input = data[3:] if data[:3] == BOM_UTF8 else data
            return plain.incrementaldecoder.decode(self, input, final)

        def reset(self):
            plain.incrementaldecoder.reset(self)
            self.head = b''

    _Encoder.__name__ = _Encoder.__qualname__ = 'IncrementalEncoder'
    _Decoder.__name__ = _Decoder.__qualname__ = 'IncrementalDecoder'
    return CodecInfo(encode, decode, None, None, _Encoder, _Decoder, 'utf-8-sig')


def _incomplete_tail(data):
    """How many bytes at the end of data start a UTF-8 sequence not finished yet."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 0
        return back if need > back else 0
    return 0


_cache = {}


def _normalize(encoding):
    return encoding.strip().lower().replace('_', '-').replace(' ', '-')


def lookup(encoding, /):
    """The CodecInfo of an encoding name or alias; LookupError when unknown."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    name = _BY_ALIAS.get(_normalize(encoding))
    if name is None:
        return _python_codec(encoding)
    info = _cache.get(name)
    if info is None:
        info = _cache[name] = _make_codec(name)
    return info


def _python_codec(encoding):
    """The CodecInfo of a codec written in Python (stdlib/encodings); LookupError when
    there is none of that name."""
    import encodings
    info = encodings.search_function(encoding)
    if info is None:
        raise LookupError('unknown encoding: %s' % encoding)
    return info


def _convert(coder, obj, errors, verb, encoding):
    """coder's result for obj; a plain UnicodeError from the codec is worded as
    CPython's registry words it, naming the codec."""
    try:
        return coder(obj, errors)[0]
    except UnicodeError as exc:
        if type(exc) is not UnicodeError or len(exc.args) > 1 or vars(exc):
            raise
        raise UnicodeError("%s with '%s' codec failed (UnicodeError: %s)"
                           % (verb, encoding, exc)) from exc


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with the codec (str to bytes)."""
    return _convert(lookup(encoding).encode, obj, errors, 'encoding', encoding)


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded with the codec (bytes to str)."""
    return _convert(lookup(encoding).decode, obj, errors, 'decoding', encoding)


# CPython's live in its native _codecs, and pickles name them so (protocols 2
# and lower write bytes as a call of _codecs.encode).
encode.__module__ = decode.__module__ = '_codecs'


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    return lookup(encoding).incrementalencoder


def getincrementaldecoder(encoding):
    return lookup(encoding).incrementaldecoder


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encodes each str the iterator yields, yielding the non-empty results."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decodes the bytes the iterator yields (sequences may span pieces)."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Refused: closured's runtime opens no file."""
    raise PermissionError('codecs.open: closured programs cannot open files (%r)' % (filename,))


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        part = exc.object[exc.start:exc.end]
        return (part.encode('ascii', 'backslashreplace').decode('ascii'), exc.end)
    part = exc.object[exc.start:exc.end]
    return (''.join('\\x%02x' % b for b in part), exc.end)


def xmlcharrefreplace_errors(exc):
    part = exc.object[exc.start:exc.end]
    return (''.join('&#%d;' % ord(c) for c in part), exc.end)


def namereplace_errors(exc):
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        if name is not None:
            out.append('\\N{%s}' % name)
        else:
            out.append(c.encode('ascii', 'backslashreplace').decode('ascii'))
    return (''.join(out), exc.end)


def _utf_width(encoding):
    """(code unit size, byte order) of a UTF codec's name; (0, None) for another."""
    name = encoding.lower().replace('_', '-')
    for width, base in ((1, 'utf-8'), (2, 'utf-16'), (4, 'utf-32')):
        if name == base or name == base.replace('-', ''):
            return width, sys.byteorder
        if name in (base + '-le', base + '-be'):
            return width, 'little' if name.endswith('le') else 'big'
    return 0, None


def _surrogatepass(exc):
    """The surrogatepass handler: a lone surrogate written, or read back, in the UTF
    codec's own form of it (UTF-8's three bytes, a UTF-16 or UTF-32 code unit); any
    other character or codec fails with exc."""
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    width, order = _utf_width(exc.encoding)
    if not width:
        raise exc
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            point = ord(ch)
            if not 0xD800 <= point <= 0xDFFF:
                raise exc
            if width == 1:
                out += bytes((0xE0 | point >> 12, 0x80 | point >> 6 & 0x3F, 0x80 | point & 0x3F))
            else:
                out += point.to_bytes(width, order)
        return bytes(out), exc.end
    unit = bytes(exc.object[exc.start:exc.start + (3 if width == 1 else width)])
    point = -1
    if width == 1 and len(unit) == 3 and unit[0] == 0xED and unit[1] & 0xC0 == 0x80 \
            and unit[2] & 0xC0 == 0x80:
        point = 0xD000 | (unit[1] & 0x3F) << 6 | unit[2] & 0x3F
    elif width > 1 and len(unit) == width:
        point = int.from_bytes(unit, order)
    if not 0xD800 <= point <= 0xDFFF:
        raise exc
    return chr(point), exc.start + len(unit)


_ERROR_HANDLERS = {'strict': strict_errors, 'ignore': ignore_errors,
                   'replace': replace_errors, 'backslashreplace': backslashreplace_errors,
                   'xmlcharrefreplace': xmlcharrefreplace_errors,
                   'namereplace': namereplace_errors, 'surrogatepass': _surrogatepass}


def register_error(name, error_handler, /):
    """Registers error_handler under name for str.encode, bytes.decode and the codecs:
    called with the UnicodeEncodeError or UnicodeDecodeError, it answers the text to put
    in place of the bad part and the position to go on from."""
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _ERROR_HANDLERS[name] = error_handler


def lookup_error(name, /):
    """The error handler function registered under name."""
    try:
        return _ERROR_HANDLERS[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % (name,)) from None


# the table and escape codecs' functions (CPython's _codecs has them)
from _codecs_text import (charmap_build, charmap_decode, charmap_encode,  # noqa: E402
                          raw_unicode_escape_decode, raw_unicode_escape_encode,
                          unicode_escape_decode, unicode_escape_encode)
