# The idna and punycode codecs through str.encode, bytes.decode and codecs, with the
# errors CPython's codec registry words for them.
import codecs

names = ['bücher.de', 'Bücher.DE', 'example.com', 'München', 'ドメイン.テスト', 'bücher..de', '',
         'a' * 64, 'ü' * 70, 'xn--bcher-kva.de', 'straße.de', 'ΑΒΓ.gr', 'a.b.', 'x\u3002y', 'xn--ab.x',
         '☃.net', 'ǅ', '-', 'a-b', 'ü-', 'ﬁx.com', 'ab\u00adc', '💩.la', 'x\u200cy', 'a' * 63 + '.b']
for name in names:
    for codec in ('idna', 'punycode'):
        try:
            print(repr(name), codec, name.encode(codec))
        except UnicodeError as e:
            print(repr(name), codec, type(e).__name__, e)
data = [b'xn--bcher-kva.de', b'bcher-kva', b'xn--mnchen-3ya', b'abc', b'xn--zz', b'XN--BCHER-KVA.de',
        b'a.b.', b'xn--ls8h', b'xn--ABC', b'xn--bcher-kvb', b'-', b'x-9', b'kja', b'', b'xn--eckwd4c7c.xn--zckzah']
for raw in data:
    for codec in ('idna', 'punycode'):
        try:
            print(raw, codec, repr(raw.decode(codec)))
        except UnicodeError as e:
            print(raw, codec, type(e).__name__, e)
print(codecs.lookup('IDNA').name, codecs.lookup('Punycode').name, codecs.encode('bücher', 'punycode'),
      codecs.decode(b'bcher-kva', 'punycode'), codecs.decode(b'xn--bcher-kva', 'idna'))
print(str(b'xn--bcher-kva.de', 'idna'), bytearray(b'bcher-kva').decode('punycode'))
for call in (lambda: codecs.encode('bücher..x', 'idna'), lambda: 'x'.encode('idna', 'ignore'),
             lambda: b'x'.decode('idna', 'replace'), lambda: codecs.decode(b'xn--zz', 'punycode')):
    try:
        call()
    except UnicodeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
print(b'b\xfccher'.decode('latin-1').encode('idna'), b'abc'.decode('punycode', 'ignore'),
      b'ab!c'.decode('punycode', 'replace'))
encoder = codecs.getincrementalencoder('idna')()
print(encoder.encode('bücher.de', True))
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print('LookupError:', e)
