#!/usr/bin/env python3
"""Writes stdlib/encodings/_jis_tables.py: the JIS X 0208 and JIS X 0212 character sets
as EUC-JP lays them out, read off this machine's python3 (its euc_jp codec is the
reference closured's codec follows), with the few characters whose encoding is not the
inverse of the decoding. Run it from the repository's root; the output is committed."""

import sys

UNASSIGNED = '.'  # no cell of either set holds a full stop


def plane(prefix):
    """94 rows of 94 cells: the character at each (lead, trail) pair, or UNASSIGNED."""
    rows = []
    for lead in range(0xA1, 0xFF):
        row = []
        for trail in range(0xA1, 0xFF):
            try:
                ch = (prefix + bytes((lead, trail))).decode('euc_jp')
            except UnicodeDecodeError:
                row.append(UNASSIGNED)
                continue
            assert ch != UNASSIGNED, 'a cell holds the mark'
            row.append(ch)
        rows.append(''.join(row))
    return rows


def main():
    x0208, x0212 = plane(b''), plane(b'\x8f')
    for rows in (x0208, x0212):
        assert all(len(row) == 94 for row in rows)
    decoded = {}
    for prefix, rows in ((b'\x8f', x0212), (b'', x0208)):  # 0208's cells win
        for r, row in enumerate(rows):
            for c, ch in enumerate(row):
                if ch != UNASSIGNED:
                    decoded[ch] = prefix + bytes((0xA1 + r, 0xA1 + c))
    extra = {}
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        try:
            data = ch.encode('euc_jp')
        except UnicodeEncodeError:
            data = None
        if 0xFF61 <= cp <= 0xFF9F:
            assert data == bytes((0x8E, cp - 0xFF61 + 0xA1))
            continue
        if decoded.get(ch) != data:
            extra[ch] = data
    out = ['"""JIS X 0208 and JIS X 0212 as EUC-JP lays them out (written by',
           'scripts/gen_jis_tables.py; do not edit): row r, cell c of a plane is the character',
           'of the bytes 0xA1 + r, 0xA1 + c (JIS X 0212 after 0x8F); %r marks an empty cell.' % UNASSIGNED,
           'ENCODE_EXTRA holds the characters whose encoding is not the cell that decodes to',
           'them (None: not encodable)."""', '', 'UNASSIGNED = %r' % UNASSIGNED, '']
    for name, rows in (('JISX0208', x0208), ('JISX0212', x0212)):
        out.append('%s = (' % name)
        for row in rows:
            out.append('    %s,' % ascii(row) if row.count(UNASSIGNED) == 94 else '    %r,' % row)
        out.append(')')
        out.append('')
    out.append('ENCODE_EXTRA = {')
    for ch in sorted(extra):
        out.append('    %s: %r,' % (ascii(ch), extra[ch]))
    out.append('}')
    sys.stdout.write('\n'.join(out) + '\n')


main()
