# str.isidentifier reads XID_Start and XID_Continue, Other_ID_Start and
# Other_ID_Continue included
samples = ["\u2118", "a\u00b7b", "\u00b7", "\u212ex", "x\u212e", "a\u309b", "\u309b", "\u1885",
           "\u1886", "a\u19da", "\u1369", "a\u1369", "a\u0345", "\u0345", "\u2160", "a\u203fb",
           "\u203f", "\u2124", "\ufb00", "\uff41", "\U0001d518", "x\u200c", "x\u200d", "_", "1a",
           "", "a b", "\u01c5", "\u02b0", "a\u0300", "\u0300", "a\u0660", "\u16ee", "\u3007",
           "\u3021", "\ua6e6", "\U00010341", "a\U000e0100", "a$", "\u00aa", "\u00ba"]
for s in samples:
    print(ascii(s), s.isidentifier())
starts = sum(1 for cp in range(0x30000) if chr(cp).isidentifier())
continues = sum(1 for cp in range(0x30000) if ("a" + chr(cp)).isidentifier())
print(starts, continues)
