# int() and float() of Unicode digits; str.isdecimal/isdigit/isnumeric.
samples = ['１２', '٣', ' ١٢٣ ', '१२', '１_２', '𝟙𝟚', '²', '½', '１.５', '-１', '１e３', '①',
           '\u3000７\u2003', '٣.١٤', '߁߂', '᠑᠒', 'x１', '１x', '', ' ', '٫', '１２' * 10]
for s in samples:
    for conv in (int, float):
        try:
            print(ascii(s), conv.__name__, conv(s))
        except ValueError as e:
            print(ascii(s), conv.__name__, "ValueError:", ascii(str(e)))
print(int('١٢', 16), int('１０', 2), int('０x１f', 0), int('꧑꧒꧓', 8))
try:
    int('٣', 2)
except ValueError as e:
    print("ValueError:", ascii(str(e)))

chars = ['0', '9', 'a', '１', '½', '²', '³', '¹', '٣', 'Ⅻ', 'ⅻ', '๓', '①', '⑩', '⓪', '〇', '三',
         '万', '𝟙', '𐄇', '𑁒', '𞥐', '¼', '፩', '᧚', '𝍠', '🄀', '🄁', '零', '壹']
for c in chars:
    print(ascii(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum())
print('１２３'.isdecimal(), '１²'.isdecimal(), '１²'.isdigit(), '½１'.isnumeric(), ''.isnumeric())

# every code point up to U+2FFFF, counted by class
dec = dig = num = 0
for cp in range(0x30000):
    c = chr(cp)
    if c.isdecimal():
        dec += 1
    if c.isdigit():
        dig += 1
    if c.isnumeric():
        num += 1
print(dec, dig, num)
