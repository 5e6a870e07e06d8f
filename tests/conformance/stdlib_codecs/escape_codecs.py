# unicode_escape and raw_unicode_escape: encoding, every escape, the errors and their
# positions, the handlers, and the incremental decoders holding a cut escape.
import codecs
s = 'a\\b\n\t\r\x00\x7f\x80\xe9\u20ac\U0001F600\'"\ud800'
print(s.encode('unicode_escape'))
print(s.encode('raw_unicode_escape'))
print(codecs.unicode_escape_encode(s), codecs.raw_unicode_escape_encode(s))
b = b'a\\\\b\\n\\t\\x41\\u00e9\\U0001F600\\N{EURO SIGN}\\101\\7\\\' \\"\\a\\b\\f\\v\\r\\0 \\z' + b'\xe9'
print(repr(b.decode('unicode_escape')))
print(repr(b'\\u00e9\\U0001F600\\x41\\n\\\\'.decode('raw_unicode_escape')), repr(b'\xe9'.decode('raw_unicode_escape')))
for bad in [b'\\x4', b'\\u12', b'\\U1234567', b'\\U00110000', b'\\N{NOPE}', b'\\N{', b'\\', b'abc\\', b'\\N']:
    for codec in ['unicode_escape', 'raw_unicode_escape']:
        try: print(codec, repr(bad.decode(codec)))
        except UnicodeDecodeError as e: print(codec, e)
print(codecs.unicode_escape_decode(b'\\x4', 'replace'), codecs.unicode_escape_decode(b'\\x4zz\\n', 'ignore'), codecs.unicode_escape_decode(b'a\\x4zz\\n', 'backslashreplace'))
print(codecs.unicode_escape_decode(b'\\\\x'))
print(codecs.unicode_escape_decode('ab\\n'))
print(codecs.raw_unicode_escape_decode(b'\\\\u0041 \\\\\\u0041'))
print(codecs.unicode_escape_decode(b'\\777'))
print(codecs.unicode_escape_decode(b'\\400'))
try: codecs.unicode_escape_decode(b"\\u004")
except UnicodeDecodeError as e: print(e)
d = codecs.lookup('unicode_escape').incrementaldecoder()
print(repr(d.decode(b'ab\\x4')), repr(d.decode(b'1cd', True)))
d = codecs.getincrementaldecoder('raw_unicode_escape')()
print(repr(d.decode(b'ab\\u00')), repr(d.decode(b'e9', True)))
print(codecs.lookup("unicode_escape").name)
try:
    codecs.unicode_escape_decode(b'\\x4', 'bogus')
except LookupError as e: print(e)
print(codecs.unicode_escape_encode('x\ud800', 'strict'))
print(codecs.encode('tab\there\u2603', 'unicode_escape'), codecs.decode(b'\\u2603\\t', 'unicode-escape'))
print(repr(codecs.unicode_escape_decode(b'\\N{}', 'replace')), repr(codecs.unicode_escape_decode(b'\\N{LATIN SMALL LETTER A}\\N{snowman}')))
print(codecs.raw_unicode_escape_decode(b'\\\\\\\\u0041'), codecs.raw_unicode_escape_decode(b'\\u0041\\\\'))
for piece in (b'ab\\x4', b'ab\\1', b'ab\\', b'ab\\N{EU', b'ab\\\\\\\\', b'ab\\u12', b'ab\\N'):
    print(piece, codecs.unicode_escape_decode(piece, 'strict', False),
          codecs.raw_unicode_escape_decode(piece, 'strict', False))
