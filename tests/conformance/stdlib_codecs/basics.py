# codecs: lookup and aliases, encode/decode with error handlers, incremental and iterative decoding.
import codecs

for name in ['utf-8', 'UTF8', 'u8', 'latin-1', 'Latin_1', 'l1', 'iso-8859-1', 'ascii', 'US-ASCII']:
    info = codecs.lookup(name)
    print(name, '->', info.name, len(info), info.incrementaldecoder.__name__)

print(codecs.encode('h\u00e9llo \u20ac', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf-8'))
print(codecs.encode('h\u00e9llo', 'latin-1'), codecs.decode(b'h\xe9llo', 'latin-1'))
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(errors, codecs.encode('a\u00e9\u20ac', 'ascii', errors))
for errors in ['replace', 'ignore', 'backslashreplace']:
    print(errors, codecs.decode(b'a\xe9\xff', 'ascii', errors), codecs.decode(b'a\xe9\xff', 'utf-8', errors))
print(codecs.getencoder('utf-8')('abc\u00e9'), codecs.getdecoder('latin-1')(b'ab\xff'))
print(codecs.lookup('utf-8').encode('x\u00ff'), codecs.lookup('ascii').decode(bytearray(b'ok')))

data = 'na\u00efve \u2603 \U0001f600 end'.encode('utf-8')
dec = codecs.getincrementaldecoder('utf-8')()
pieces = [dec.decode(data[i:i + 3]) for i in range(0, len(data), 3)]
print(pieces, dec.decode(b'', final=True))
print(list(codecs.iterdecode([data[:5], data[5:9], data[9:]], 'utf-8')))
print(list(codecs.iterencode(['a', '\u00e9', ''], 'latin-1')))
enc = codecs.getincrementalencoder('ascii')('replace')
print(enc.encode('x\u00e9'), enc.encode('', True))
dec = codecs.getincrementaldecoder('utf-8')('replace')
print(repr(dec.decode(b'a\xe2\x82')), repr(dec.decode(b'', True)))

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE)
print(codecs.lookup_error('strict') is codecs.strict_errors,
      codecs.lookup_error('replace') is codecs.replace_errors)
try:
    'a\u00e9b'.encode('ascii')
except UnicodeEncodeError as e:
    enc_err = e
try:
    b'a\xe9b'.decode('ascii')
except UnicodeDecodeError as e:
    dec_err = e
for name in ['replace', 'ignore', 'backslashreplace']:
    handler = codecs.lookup_error(name)
    print(name, handler(enc_err), handler(dec_err))
print(codecs.lookup_error('xmlcharrefreplace')(enc_err), codecs.namereplace_errors(enc_err))
try:
    codecs.strict_errors(dec_err)
except UnicodeDecodeError as e:
    print('strict re-raises:', e is dec_err)

for bad in ['no-such-codec', 'utf-9']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print('LookupError:', e)
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError:', e)
try:
    codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    codecs.encode('\u20ac', 'latin-1')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    codecs.lookup('ebcdic-martian')
except LookupError as e:
    # re-raised here: CPython's traceback (a C module) ends in this file, closured's in the library
    raise LookupError(*e.args) from None
