"""EUC-JP for closured: ASCII below 0x80; two bytes 0xA1-0xFE for a character of JIS X
0208; 0x8E and a byte for a half-width katakana; 0x8F and two bytes for a character of
JIS X 0212. Errors are CPython's: "illegal multibyte sequence" for the first byte of a
sequence no table holds (the decoder goes on after it), "incomplete multibyte
sequence" for a sequence the input ends inside."""

import codecs

from encodings import _jis_tables

_NAME = 'euc_jp'
_KANA_FIRST = 0xFF61  # half-width katakana: 0x8E 0xA1..0xDF
_encoding = None


def _encode_map():
    """Each character EUC-JP holds (past ASCII) to its bytes, made on first use."""
    global _encoding
    if _encoding is None:
        found = {}
        for prefix, rows in ((b'\x8f', _jis_tables.JISX0212), (b'', _jis_tables.JISX0208)):
            for r, row in enumerate(rows):  # JIS X 0208's cells are written last: they win
                for c, ch in enumerate(row):
                    if ch != _jis_tables.UNASSIGNED:
                        found[ch] = prefix + bytes((0xA1 + r, 0xA1 + c))
        for k in range(0xE0 - 0xA1):
            found[chr(_KANA_FIRST + k)] = bytes((0x8E, 0xA1 + k))
        for ch, data in _jis_tables.ENCODE_EXTRA.items():
            if data is None:
                found.pop(ch, None)
            else:
                found[ch] = data
        _encoding = found
    return _encoding


def _cell(rows, lead, trail):
    """The character of a table's cell, or None."""
    if 0xA1 <= lead <= 0xFE and 0xA1 <= trail <= 0xFE:
        ch = rows[lead - 0xA1][trail - 0xA1]
        if ch != _jis_tables.UNASSIGNED:
            return ch
    return None


def encode(text, errors='strict'):
    table = _encode_map()
    out = bytearray()
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch < '\x80':
            out.append(ord(ch))
            pos += 1
            continue
        data = table.get(ch)
        if data is not None:
            out += data
            pos += 1
            continue
        problem = UnicodeEncodeError(_NAME, text, pos, pos + 1, 'illegal multibyte sequence')
        replacement, pos = codecs.lookup_error(errors)(problem)
        if pos < 0:
            pos += len(text)
        out += replacement if isinstance(replacement, bytes) else encode(replacement)[0]
    return bytes(out), len(text)


def _decode(data, errors, final):
    """(text, bytes consumed): all of data when final, else up to a sequence the data
    ends inside."""
    data = bytes(data)
    out = []
    pos = 0
    while pos < len(data):
        lead = data[pos]
        if lead < 0x80:
            out.append(chr(lead))
            pos += 1
            continue
        size = 3 if lead == 0x8F else 2
        if pos + size > len(data):
            if not final:
                break
            reason, end = 'incomplete multibyte sequence', len(data)
        else:
            if lead == 0x8E:
                trail = data[pos + 1]
                ch = chr(_KANA_FIRST + trail - 0xA1) if 0xA1 <= trail <= 0xDF else None
            elif lead == 0x8F:
                ch = _cell(_jis_tables.JISX0212, data[pos + 1], data[pos + 2])
            else:
                ch = _cell(_jis_tables.JISX0208, lead, data[pos + 1])
            if ch is not None:
                out.append(ch)
                pos += size
                continue
            reason, end = 'illegal multibyte sequence', pos + 1
        problem = UnicodeDecodeError(_NAME, data, pos, end, reason)
        replacement, pos = codecs.lookup_error(errors)(problem)
        if pos < 0:
            pos += len(data)
        out.append(replacement)
    return ''.join(out), pos


def decode(data, errors='strict'):
    return _decode(data, errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return _decode(input, errors, final)


def getregentry():
    return codecs.CodecInfo(name=_NAME, encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder)
