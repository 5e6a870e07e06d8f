# The charmap functions (charmap_decode, charmap_encode, charmap_build) with every kind
# of mapping and error handler, and the table codecs on them: iso8859-15 and koi8-r.
import codecs
print(codecs.charmap_build('a\ufffeb'), codecs.charmap_build('aab'))
print(codecs.charmap_encode('a\ufffe', 'replace', codecs.charmap_build('a\ufffe?')))
try: codecs.charmap_decode('ab')
except TypeError as e: print(e)
for mp in ({97: 0xfffe}, {97: '\ufffe'}, {97: 1.5}, {97: 300000000}):
    try: print(codecs.charmap_decode(b'a', 'strict', mp))
    except Exception as e: print(type(e).__name__, e)
for mp in ({97: 1.5}, 'xyz', {97: 300}, {97: 'x'}):
    try: print(codecs.charmap_encode('ab', 'strict', mp))
    except Exception as e: print(type(e).__name__, e)
print(codecs.charmap_decode(b'ab', None, {97: 'A', 98: 'B'}))
print(codecs.charmap_decode(b'ab', 'ignore', {97: 'A'}))
print(codecs.charmap_encode('ab', None, {97: 65, 98: 66}))
print(codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'xy\U0001F600'))
print(codecs.charmap_encode('\U0001F600', 'strict', codecs.charmap_build('xy\U0001F600')))
m = codecs.charmap_build('xyz')
print(codecs.charmap_encode('zyx', 'strict', m))
try: codecs.charmap_encode('zyxw', 'strict', m)
except UnicodeEncodeError as e: print(e, e.args)
print(codecs.charmap_encode('zyxw', 'replace', {ord('x'):1, ord('?'): 63}))
print(codecs.charmap_encode('zwx', 'ignore', {ord('x'):1, ord('z'): b'ZZ'}))
print(codecs.charmap_encode('é'))
try: codecs.charmap_encode('zwx', 'strict', {ord('x'):1, ord('z'): None})
except UnicodeEncodeError as e: print(e)
print(codecs.charmap_encode('zwx', 'xmlcharrefreplace', {ord(c): ord(c) for c in '&#;0123456789xz'}))
try: print(codecs.charmap_encode('zwx', 'replace', {ord('x'):1}))
except UnicodeEncodeError as e: print(e)
print(codecs.charmap_decode(b'\x80', 'backslashreplace', 'abc'))
print(codecs.charmap_decode(b'ab\xff'))
for name in ['iso-8859-15','ISO8859_15','latin9','latin-9','l9','iso_8859_15','koi8-r','KOI8_R','cskoi8r','koi8r','unicode_escape','unicode-escape','raw_unicode_escape','Raw-Unicode-Escape']:
    try: print(name, codecs.lookup(name).name)
    except LookupError as e: print(name, 'LE', e)
text = 'Prix: 10 € — œuvre Š'
for enc in ('iso8859-15', 'latin9'):
    try: print(text.encode(enc))
    except UnicodeEncodeError as e: print(e)
print(text.encode('iso8859-15', 'replace'), text.encode('latin9', 'ignore').decode('latin9'))
print(bytes(range(0xa0, 0xc0)).decode('iso8859_15'))
ru = 'Привет, мир! Ёлка ё'
k = ru.encode('koi8-r'); print(k, k.decode('koi8_r'), codecs.decode(k, 'cskoi8r'))
print(bytes(range(0x80, 0x100)).decode('koi8-r'))
print(bytes(range(0x80, 0x100)).decode('koi8-r').encode('koi8-r') == bytes(range(0x80, 0x100)))
try: 'ä'.encode('koi8-r')
except UnicodeEncodeError as e: print(e)
enc = codecs.getincrementalencoder('koi8-r')()
print(enc.encode('При'), enc.encode('вет', True))
dec = codecs.getincrementaldecoder('iso8859-15')('replace')
print(dec.decode(b'\xa4'), dec.decode(b'\xbd', True))
print(list(codecs.iterdecode([b'\xf0\xd2', b'\xc9'], 'koi8-r')))
import encodings.koi8_r as kr, encodings.iso8859_15 as l9
print(len(kr.decoding_table), l9.decoding_table[0xa4], l9.Codec().decode(b'\xa4\xa6'))
