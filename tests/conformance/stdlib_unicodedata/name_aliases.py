# name aliases work in "\N{...}" and unicodedata.lookup (any case); named sequences only in lookup
import unicodedata

print(repr("\N{LINE FEED}\N{NBSP}\N{BOM}\N{ZWJ}\N{zero width non-joiner}\N{CHARACTER TABULATION}"))
print(repr("\N{LATIN CAPITAL LETTER GHA}\N{VS1}\N{NULL}\N{DEL}\N{SHY}\N{KANNADA LETTER LLLA}"))
for name in ("LINE FEED", "line feed", "Nbsp", "END OF LINE", "BYTE ORDER MARK", "ZWNJ", "VS256",
             "LATIN SMALL LETTER GHA", "HANGUL JONGSEONG YESIEUNG-KIYEOK", "SUNDANESE LETTER ARCHAIC I",
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP DIGIT ONE",
             "TAMIL SYLLABLE KSSA", "LINE FEED ", "NO SUCH NAME", "LATIN CAPITAL LETTER A"):
    try:
        print(repr(name), repr(unicodedata.lookup(name)))
    except KeyError as exc:
        print(repr(name), "KeyError", exc)
print(unicodedata.name("\n", "none"), unicodedata.name("\ufeff"), unicodedata.name("\u01a2"))
try:
    exec('"\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"')
except SyntaxError as exc:
    print("SyntaxError", exc.msg)
try:
    exec('"\\N{NOT A NAME}"')
except SyntaxError as exc:
    print("SyntaxError", exc.msg)
