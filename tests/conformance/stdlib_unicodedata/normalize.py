# unicodedata.normalize and is_normalized: the four forms on accents, ligatures, Hangul, ordering.
import unicodedata as ud

texts = [
    'caf\u00e9', 'cafe\u0301', 'A\u030a', '\u212b', '\ufb01ne', 'x\u00b2', '\u2460',
    '\uac00\u11a8', '\u1100\u1161\u11a8', '\ud55c\uae00', 'a\u0323\u0302', 'a\u0302\u0323',
    '\u1e0b\u0323', 'q\u0307\u0323', '\u0344', '\u0958', '\u00c5\u0301', '\u3300',
    'ｶﾞ', '\u1e9b\u0323', 'e\u0301\u0300', '\u0041\u0308\u0304', 'plain ascii',
    '\u2126', '\u00bd', '\U0001d400', '\u0f73', '\u1100\u1161', '\u0b47\u0b3e',
]
for t in texts:
    forms = [ud.normalize(f, t) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(t), [ascii(x) for x in forms],
          [ud.is_normalized(f, t) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])

full = ''.join(chr(cp) for cp in range(0xC0, 0x250))
for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    out = ud.normalize(f, full)
    print(f, len(out), ud.normalize('NFC', out) == ud.normalize('NFC', full))

for args in [('NFX', 'a'), ('NFC', 5), (5, 'a')]:
    try:
        ud.normalize(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ud.is_normalized('NFC', b'x')
except TypeError as e:
    print(e)
