# bytes.decode with the three codecs, CPython's UnicodeDecodeError messages
good = 'naïve € 😀'.encode()
print(good.decode(), good.decode('utf-8'), good.decode(encoding='utf8'), b'abc'.decode('ascii'))
print(b'\xe9\xff'.decode('latin-1'), b'caf\xe9'.decode('latin1'))
cases = [b'\xff', b'a\xffb', b'\xc3', b'\xe2\x82', b'\xe2\x82a', b'\xe0\x80', b'\xed\xa0\x80',
         b'\xf0\x9f\x98', b'\xf4\x90\x80\x80', b'\xf5', b'\xc0\xaf', b'\x80abc', b'ok\xe2\x28\xa1']
for c in cases:
    try:
        print(c.decode())
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)
    print(ascii(c.decode('utf-8', 'replace')), ascii(c.decode('utf-8', 'ignore')), c.decode('utf-8', 'backslashreplace'))
for c in [b'\x80', b'ab\xe9cd\xff']:
    try:
        c.decode('ascii')
    except UnicodeDecodeError as e:
        print(e)
    print(c.decode('ascii', 'replace'), c.decode('ascii', 'ignore'), c.decode('ascii', 'backslashreplace'))
for a, k in [(('nonexistent',), {}), (('utf-8', 'bogus'), {}), ((3,), {}), ((), {'errors': 1})]:
    try:
        print(b'\xff'.decode(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(b'fine'.decode('utf-8', 'bogus'), str(b'abc', 'ascii'), str(b'\xe9', 'latin-1'), str(b'\xff', 'utf-8', 'replace') == '\ufffd')
try:
    str('x', 'utf-8')
except TypeError as e:
    print('TypeError:', e)
