# str case methods use the full Unicode mappings (SpecialCasing) and CPython's rules: final sigma,
# titlecase letters and ligatures, and case for every script
samples = ["ß", "straße", "ﬁ", "ﬃx", "İstanbul", "ŉ", "ǰ", "ᾳ", "ᾲ", "ΐ", "ẞ", "ǅ", "ǆ", "Ǆ",
           "ǈ", "ﬆ", "և", "ﬓ", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "Σ", "aΣ", "aΣb", "a'Σ", "aΣ'", "aΣ'b",
           "Σ.", "ΑΣ ΑΣ. Σ", "ʰΣ", "Ꭰꭰ", "Ⴀⴀ", "ᲐᲑ", "Ꙁꙁ", "Ａｂ", "𐐀𐐨", "ᏸ", "Ǳ"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()),
          repr(s.capitalize()), repr(s.swapcase()))
    print("   ", s.isupper(), s.islower(), s.istitle(), s.isalpha(), len(s.lower()), len(s.upper()))
print("İ".lower() == "i\u0307", len("İ".lower()), "ﬁ".upper(), "ß".upper() == "SS", "ß".casefold())
print("ﬁsh and ﬂour".title(), "ǆemal".title(), "ǳ".title(), "hello ǈubljana".title())
print("Vietnamese: ẠẢẤẦẨẪẬ".lower(), "đường".upper(), "Ωmega".lower(), "ΐ".upper())
words = ["ὈΔΥΣΣΕΎΣ", "ΑΣ", "ΜΑΣ.", "ΣΑΣ1", "Σ1", "(ΣΑΣ)", "ΣΑΣ’Σ"]
print([w.lower() for w in words])
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "ǅa".istitle(), "Ǆa".istitle(), "ᾼ".istitle())
print("ABCǅ".isupper(), "abcǅ".islower(), "ʰ".islower(), "ⅷ".islower(), "Ⓐ".isupper(), "ⓐ".isalpha())
print("一二三".isalpha(), "ℕ".isalpha(), "ℕ".isupper(), "ª".islower(), "ª".isalpha(), "ǅ".isalpha())
print(sorted({c for c in map(chr, range(0x100, 0x250)) if c.upper() != c and c.lower() != c}))
print(sum(1 for cp in range(0x3000) if chr(cp).upper() != chr(cp)),
      sum(1 for cp in range(0x3000) if chr(cp).lower() != chr(cp)),
      sum(1 for cp in range(0x3000) if chr(cp).isupper()),
      sum(1 for cp in range(0x3000) if chr(cp).isalpha()))
