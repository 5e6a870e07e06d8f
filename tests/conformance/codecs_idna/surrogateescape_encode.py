# The surrogateescape handler when writing bytes: lone surrogates U+DC80..U+DCFF are
# bytes they stand for, with every codec; any other character the codec cannot write
# fails for the whole run.
s = b'h\xc3\xa9llo \xff'.decode('ascii', 'surrogateescape')
print(ascii(s))
for codec in ('ascii', 'latin-1', 'utf-8'):
    print(codec, s.encode(codec, 'surrogateescape'))
for text in ('\xe9\udcc3', '\udcc3\xe9', 'a\udc7fb', '\udcff', 'x\ud800', '\udc80\udc81z\udc82'):
    for codec in ('ascii', 'latin-1', 'utf-8'):
        try:
            print(ascii(text), codec, text.encode(codec, 'surrogateescape'))
        except UnicodeEncodeError as e:
            print(ascii(text), codec, 'UnicodeEncodeError:', e)
