# \N{name} escapes: names of every kind, any case, in f-strings; the errors.
print("\N{BULLET} \N{EM DASH} \N{LATIN SMALL LETTER E WITH ACUTE} \N{GREEK SMALL LETTER LAMDA}")
print("\N{bullet}|\N{Snowman}|\N{heavy black heart}|\N{DIGIT ZERO}\N{SPACE}\N{NO-BREAK SPACE}|")
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-20000}\N{CJK COMPATIBILITY IDEOGRAPH-F900}"))
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HIH}\N{HANGUL SYLLABLE A}"))
print(ascii("\N{NUSHU CHARACTER-1B170}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}"))
print(ascii("\N{MATHEMATICAL BOLD CAPITAL A}\N{GRINNING FACE}\N{REGIONAL INDICATOR SYMBOL LETTER F}"))
print(ascii("\N{LATIN CAPITAL LETTER A WITH RING ABOVE AND ACUTE}\N{ARABIC LIGATURE UIGHUR KIRGHIZ YEH WITH HAMZA ABOVE WITH ALEF MAKSURA ISOLATED FORM}"))
print(f"\N{DEGREE SIGN}C {20}\N{DEGREE SIGN}F {f'{1}'}", f"{'x':\N{BULLET}>4}")
print(r"\N{BULLET}", b"\N{BULLET}", len("\N{BULLET}"), len(r"\N{BULLET}"))
print("a" "\N{BULLET}" 'b', "\N{BULLET}" == "\u2022", "\N{LINE SEPARATOR}" == "\u2028")

bad = [
    '"\\N{NOT A REAL NAME}"',
    '"ab\\N{BULLET"',
    '"\\N"',
    '"\\N{}"',
    '"\\Nx"',
    '"\\N{BULLET }"',
    '"\\N{ BULLET}"',
    '"\\N{BULLET  POINT}"',
    '"\\N{hangul syllable ga}"',
    '"\\N{CJK UNIFIED IDEOGRAPH-4e00}"',
    '"\\N{CJK UNIFIED IDEOGRAPH-0041}"',
    'f"{1}\\N{NOPE}"',
    'f"x\\N{NOPE}{2}"',
    '"\\x4"',
    'b"\\x4"',
    '"\\u12"',
    '"\\U0011FFFF"',
    '"a\\U000000"',
]
for src in bad:
    try:
        compile(src + "\n", "<src>", "exec")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "|", e.msg, "|", e.lineno, e.offset)
