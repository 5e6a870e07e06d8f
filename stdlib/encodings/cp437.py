"""Code page 437 (the original IBM PC character set) for closured: ASCII below 0x80;
above it accented letters and currency signs, then the shades and box-drawing pieces
of the text screen, then Greek letters and mathematical signs."""

import codecs

from encodings import _table

_HIGH = (
    '\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5'  # 0x80: accented
    '\xc9\xe6\xc6\xf4\xf6\xf2\xfb\xf9\xff\xd6\xdc\xa2\xa3\xa5\u20a7\u0192'  # 0x90: + money
    '\xe1\xed\xf3\xfa\xf1\xd1\xaa\xba\xbf\u2310\xac\xbd\xbc\xa1\xab\xbb'  # 0xA0: + fractions
    '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556'  # 0xB0: shades, box drawing
    '\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510'
    '\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f'  # 0xC0
    '\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567'
    '\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b'  # 0xD0: box drawing, blocks
    '\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580'
    '\u03b1\xdf\u0393\u03c0\u03a3\u03c3\xb5\u03c4'  # 0xE0: Greek
    '\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229'
    '\u2261\xb1\u2265\u2264\u2320\u2321\xf7\u2248'  # 0xF0: mathematical signs
    '\xb0\u2219\xb7\u221a\u207f\xb2\u25a0\xa0'
)

decoding_table = ''.join(map(chr, range(128))) + _HIGH
encoding_table = codecs.charmap_build(decoding_table)

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = _table.coders(
    'cp437', decoding_table, encoding_table)
