# str.encode with the three codecs and the error handlers
s = 'naïve café €5 😀'
print(s.encode(), s.encode('utf-8'), s.encode('UTF8'), s.encode('utf_8'), s.encode(encoding='U8'))
print('abc'.encode('ascii'), 'abc'.encode('US-ASCII'), 'ÿé'.encode('latin-1'), 'ÿé'.encode('Latin1'), 'é'.encode('iso-8859-1'))
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors=errors))
print(''.encode(), 'x'.encode('ascii', 'nonsense'))
def bad(*a, **k):
    try:
        print(s.encode(*a, **k) if a or k else None)
    except Exception as e:
        print(type(e).__name__ + ':', e)
bad('ascii')
bad('latin-1')
bad('no-such-codec')
bad('ascii', 'nonsense')
bad(5)
bad('ascii', 7)
bad(encoding='ascii', error='x')
for t in ['é', 'éé', 'aé', 'a€b', '😀', 'ab😀😀c']:
    try:
        t.encode('ascii')
    except UnicodeEncodeError as e:
        print(e)
    try:
        print(t.encode('latin-1'))
    except UnicodeError as e:
        print(e)
