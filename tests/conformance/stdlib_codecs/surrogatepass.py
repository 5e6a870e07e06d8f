# The surrogatepass error handler: lone surrogates through the UTF codecs both ways
# (the runtime's utf-8 and the registered handler for the others), refused elsewhere.
import codecs
s = 'a\ud800b\udfff'
for enc in ('utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-16', 'utf-32'):
    b = s.encode(enc, 'surrogatepass')
    print(enc, b, b.decode(enc, 'surrogatepass') == s)
for enc in ('latin-1', 'ascii'):
    try: s.encode(enc, 'surrogatepass')
    except UnicodeEncodeError as e: print(e)
try: 'a\u20ac'.encode('latin-1', 'surrogatepass')
except UnicodeEncodeError as e: print(e)
for bad in (b'\xed\xa0', b'\xff', b'a\xed\xa0\x80\xed\xbf\xbf'):
    try: print(repr(bad.decode('utf-8', 'surrogatepass')))
    except UnicodeDecodeError as e: print(e)
h = codecs.lookup_error('surrogatepass')
print(h(UnicodeEncodeError('utf-8', '\udc80', 0, 1, 'x')))
print(h(UnicodeDecodeError('utf-16-le', b'\x00\xd8', 0, 2, 'x')))
try: h(ValueError())
except TypeError as e: print(e)
import pickle
for p in range(6):
    print(p, pickle.loads(pickle.dumps('\ud800x', p)) == '\ud800x')
