"""Windows-1252 (Western European) for closured: Latin-1, except that the C1 control
range 0x80-0x9F holds typographic signs (curly quotes, dashes, the euro sign) and the
letters Latin-1 lacked; five bytes there stay unassigned and do not decode."""

import codecs

from encodings import _table

_UNASSIGNED = '\ufffe'  # charmap_decode's "maps to <undefined>"
_C1 = (
    '\u20ac' + _UNASSIGNED + '\u201a\u0192\u201e\u2026\u2020\u2021'  # 0x80: euro, low quotes
    '\u02c6\u2030\u0160\u2039\u0152' + _UNASSIGNED + '\u017d' + _UNASSIGNED +  # 0x88
    _UNASSIGNED + '\u2018\u2019\u201c\u201d\u2022\u2013\u2014'  # 0x90: quotes, bullet, dashes
    '\u02dc\u2122\u0161\u203a\u0153' + _UNASSIGNED + '\u017e\u0178'  # 0x98: tilde, trade mark
)

decoding_table = ''.join(map(chr, range(128))) + _C1 + ''.join(map(chr, range(0xA0, 256)))
encoding_table = codecs.charmap_build(decoding_table)

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = _table.coders(
    'cp1252', decoding_table, encoding_table)
