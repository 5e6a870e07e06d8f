# coding=iso-8859-15
# iso-8859-15 puts the euro sign and the letters French and Finnish needed where latin-1
# had other signs.
s = "€ Š š Ž ž Œ œ Ÿ"
print(ascii(s))
print(s.encode("iso-8859-15"))
