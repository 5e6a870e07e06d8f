# utf-16 and utf-32 (with a byte order mark, -le, -be): str.encode, bytes.decode, codecs,
# every error handler CPython accepts for them, the incremental encoder and decoder.
import codecs
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16',
            'utf_16le', 'U16', 'utf32', 'U32', 'UTF-32BE', 'unicodelittleunmarked']:
    b = 'hé€😀'.encode(enc)
    print(enc, b, b.decode(enc), codecs.lookup(enc).name, ''.encode(enc))
print(b'\xff\xfeh\x00'.decode('utf-16'), b'\xfe\xff\x00h'.decode('utf-16'), b'h\x00'.decode('utf-16'))
cases16 = [b'', b'a', b'\xff\xfe', b'\xfe\xff', b'\xff\xfea', b'\xfe\xff\x00a\x00', b'\x00\xd8',
           b'\x00\xd8a', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'\x00\xd8\x00\xd8\x00\xdc',
           b'a\x00\x00\xdc\x00\xd8', b'\xff\xfe\x00\xd8\x00\xd8', b'\xfe\xff\xd8\x00\x00a',
           b'\xfe\xff\xdc\x00', b'\x00\xd8\x00', b'\xff\xfe\xff\xfe', b'\x80\xdc', b'\x80\xdc\x81']
cases32 = [b'', b'a\x00', b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a',
           b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'a\x00\x00\x00b',
           b'\xff\xfe\x00\x00\x00\x00\x11\x00a\x00\x00\x00', b'\x00\x00\x00\x80',
           b'\xff\xff\xff\xff', b'\xff\xfe\x00\x00\xff\xfe\x00\x00', b'\x80\xdc\x00\x00']
for errs in ['strict', 'replace', 'ignore', 'surrogatepass', 'backslashreplace',
             'surrogateescape', 'bogus']:
    for enc, cases in [('utf-16', cases16), ('utf-16-le', cases16), ('utf-16-be', cases16),
                       ('utf-32', cases32), ('utf-32-le', cases32), ('utf-32-be', cases32)]:
        for data in cases:
            try:
                print(errs, enc, data, '->', ascii(data.decode(enc, errs)))
            except UnicodeDecodeError as e:
                print(errs, enc, data, 'UnicodeDecodeError:', e, e.start, e.end, e.encoding,
                      e.reason, e.object == data)
            except LookupError as e:
                print(errs, enc, data, 'LookupError:', e)
for errs in ['strict', 'replace', 'ignore', 'surrogatepass', 'backslashreplace',
             'xmlcharrefreplace', 'surrogateescape', 'bogus']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
        for s in ['', 'a\ud800b', '\ud800\udc00x', 'x\udc80\udcffy', 'h\u20ac\U0001f600',
                  '\ud83d\ude00']:
            try:
                print(errs, enc, ascii(s), s.encode(enc, errs))
            except UnicodeEncodeError as e:
                print(errs, enc, ascii(s), 'UnicodeEncodeError:', e, e.start, e.end, e.encoding)
            except LookupError as e:
                print(errs, enc, ascii(s), 'LookupError:', e)
for s in ['', 'a', 'hé€😀' * 3, 'x\U0010ffff']:
    for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf-32-le']:
        assert s.encode(enc).decode(enc) == s
        assert bytearray(s.encode(enc)).decode(enc) == s
print(codecs.encode('hi', 'utf-16-le'), codecs.decode(b'h\x00i\x00', 'utf_16_le'))
print(codecs.decode(memoryview(b'\xff\xfeh\x00'), 'utf-16'), codecs.lookup('utf-16').encode('ab'))
print(codecs.lookup('utf-32-be').decode(b'\x00\x00\x00a'), codecs.BOM_UTF16_LE, codecs.BOM_UTF32)
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xff')), repr(d.decode(b'\xfea')), repr(d.decode(b'\x00b', final=False)),
      repr(d.decode(b'\x00', final=True)))
d = codecs.getincrementaldecoder('utf-16')()
data = '😀x€'.encode('utf-16-be')
print(repr(d.decode(b'\xfe\xff')), [d.decode(data[i:i + 1]) for i in range(len(data))])
d = codecs.getincrementaldecoder('utf-16-le')('replace')
print(repr(d.decode(b'=\xd8')), repr(d.decode(b'a', final=True)))
d = codecs.getincrementaldecoder('utf-32')()
print(repr(d.decode(b'\x00\x00\xfe')), repr(d.decode(b'\xff\x00\x00\x00a\x00')),
      repr(d.decode(b'\x00\x00b', final=True)))
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'), e.encode('', True))
e.reset()
print(e.encode('c'))
print(b''.join(codecs.iterencode(['ab', '', 'c'], 'utf-32')),
      ''.join(codecs.iterdecode([b'\xff', b'\xfea', b'\x00'], 'utf-16')))
try:
    b'\xff\xfea'.decode('utf-16')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
