"""ISO 8859-15 (Latin-9) for closured: Latin-1 with eight places given to the euro
sign, the French and Finnish letters Latin-1 lacked (S, Z and O-E ligature with their
small forms, capital Y with diaeresis)."""

import codecs

from encodings import _table

# the byte values where Latin-9 differs from Latin-1, and what they hold instead
_CHANGED = {0xA4: '\u20ac', 0xA6: '\u0160', 0xA8: '\u0161', 0xB4: '\u017d',
            0xB8: '\u017e', 0xBC: '\u0152', 0xBD: '\u0153', 0xBE: '\u0178'}

decoding_table = ''.join(_CHANGED.get(byte, chr(byte)) for byte in range(256))
encoding_table = codecs.charmap_build(decoding_table)

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = _table.coders(
    'iso8859-15', decoding_table, encoding_table)
