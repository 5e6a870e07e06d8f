"""KOI8-R (RFC 1489) for closured: ASCII below 0x80; above it box-drawing and a few
signs, then the Russian alphabet in the order of its Latin transliteration, small
letters at 0xC0 and capitals 32 places higher."""

import codecs

from encodings import _table

_SIGNS = (
    '\u2500\u2502\u250c\u2510\u2514\u2518\u251c\u2524'  # 0x80: box drawing, light
    '\u252c\u2534\u253c\u2580\u2584\u2588\u258c\u2590'  # 0x88: and blocks
    '\u2591\u2592\u2593\u2320\u25a0\u2219\u221a\u2248'  # 0x90: shades, math signs
    '\u2264\u2265\u00a0\u2321\u00b0\u00b2\u00b7\u00f7'  # 0x98
    '\u2550\u2551\u2552\u0451\u2553\u2554\u2555\u2556'  # 0xA0: double lines, small io
    '\u2557\u2558\u2559\u255a\u255b\u255c\u255d\u255e'  # 0xA8
    '\u255f\u2560\u2561\u0401\u2562\u2563\u2564\u2565'  # 0xB0: capital io
    '\u2566\u2567\u2568\u2569\u256a\u256b\u256c\u00a9'  # 0xB8: copyright sign
)
_SMALL = (
    '\u044e\u0430\u0431\u0446\u0434\u0435\u0444\u0433'  # 0xC0: yu a b ts d e f g
    '\u0445\u0438\u0439\u043a\u043b\u043c\u043d\u043e'  # 0xC8: kh i short-i k l m n o
    '\u043f\u044f\u0440\u0441\u0442\u0443\u0436\u0432'  # 0xD0: p ya r s t u zh v
    '\u044c\u044b\u0437\u0448\u044d\u0449\u0447\u044a'  # 0xD8: soft y z sh e shch ch hard
)

decoding_table = ''.join(map(chr, range(128))) + _SIGNS + _SMALL + _SMALL.upper()
encoding_table = codecs.charmap_build(decoding_table)

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = _table.coders(
    'koi8-r', decoding_table, encoding_table)
