# unicodedata: the properties of characters across scripts, names and lookups, numeric values, errors.
import unicodedata as ud

sample = 'aZ5 ½²٣\t\u00e9\u0301\u4e00\uac00\u05d0\u0627(]\u2028\U0001f600\U000e0080\ufeff\u3000Ⅻ\u0f33'
for ch in sample:
    print('%04X' % ord(ch), ud.category(ch), repr(ud.bidirectional(ch)), ud.east_asian_width(ch),
          ud.mirrored(ch), ud.combining(ch), repr(ud.decomposition(ch)),
          ud.name(ch, '<no name>'), ud.numeric(ch, None), ud.digit(ch, None), ud.decimal(ch, None))

for cp in [0, 0x1F, 0x7F, 0x9F, 0xD800, 0xE000, 0xFFFF, 0x10FFFF, 0x20000, 0x2A6DF, 0x3134A, 0xF900,
           0x17000, 0x18B00, 0x1B170, 0xAC00, 0xD7A3, 0x11F00, 0x1FAF8]:
    ch = chr(cp)
    print('%06X' % cp, ud.category(ch), ud.name(ch, None), ud.east_asian_width(ch))

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'EURO SIGN', 'SNOWMAN',
             'CJK UNIFIED IDEOGRAPH-4E00', 'HANGUL SYLLABLE GAG', 'GREEK SMALL LETTER ALPHA',
             'DIGIT ZERO', 'ARABIC-INDIC DIGIT THREE']:
    print(name, repr(ud.lookup(name)))

print(ud.numeric('\u216b'), ud.numeric('\u5146'), ud.numeric('\u0f33'), ud.numeric('\u2189'))
print([ud.digit(c) for c in '²³¹⁰①'], [ud.decimal(c) for c in '٠١٢３'])
print(sum(1 for cp in range(0x3000) if ud.category(chr(cp)) == 'Lu'),
      sum(1 for cp in range(0x3000) if ud.combining(chr(cp))),
      sum(1 for cp in range(0x3000) if ud.mirrored(chr(cp))))
print(ud.unidata_version)


def show(f, *args):
    try:
        print(repr(f(*args)))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)


show(ud.category, 5)
show(ud.category, 'ab')
show(ud.category, '')
show(ud.name, '\x00')
show(ud.name, '\x00', 'dflt')
show(ud.lookup, 'NO SUCH CHARACTER NAME')
show(ud.lookup, 5)
show(ud.numeric, 'x')
show(ud.digit, '½')
show(ud.decimal, '²')
show(ud.combining, 1.5)
try:
    ud.lookup('NOT A NAME')
except KeyError as e:
    # re-raised here: CPython's traceback (a C module) ends in this file, closured's in the library
    raise KeyError(*e.args) from None
