# urllib.parse: username, password, hostname and port of split and parsed results over many
# netlocs (IPv6 with zones, empty parts, bad ports), and quote's argument checks.
from urllib.parse import urlsplit, urlparse, quote, quote_plus

netlocs = ['', 'host', 'HOST:80', 'user@host', 'user:pw@host:8080', ':pw@h', 'u:@h', 'a@b@c:1',
           '[::1]', '[FE80::1%ETH0]:443', 'user@[::1]:0', 'h:', 'h:65535', '@h',
           'u:p:q@Host.Example.COM:21']
for netloc in netlocs:
    for split in (urlsplit, urlparse):
        r = split('http://' + netloc + '/p?q#f')
        print(split.__name__, repr(netloc), r.username, r.password, r.hostname, r.port)
for bad in ('h:x', 'h:65536', 'h:-1', 'h: 1', 'h:1_0', 'h:\u0661'):
    r = urlsplit('http://' + bad + '/')
    try:
        print(repr(bad), r.port)
    except ValueError as exc:
        print(repr(bad), 'ValueError', exc)
print(urlsplit('http://h/').geturl(), urlparse('http://u@h:1/a;b?c#d').geturl())

print(quote(''), repr(quote(b'')), quote('a b/c'), quote(b'a b/c', safe=''))
print(quote('caf\u00e9'), quote('caf\u00e9', encoding='latin-1'),
      quote('caf\u00e9\u20ac', encoding='latin-1', errors='replace'))
for kwargs in ({'encoding': 'utf-8'}, {'errors': 'strict'}, {'encoding': None, 'errors': 'x'}):
    try:
        quote(b'abc', **kwargs)
    except TypeError as exc:
        print('TypeError', exc)
try:
    quote('\u20ac', encoding='ascii')
except UnicodeEncodeError as exc:
    print('UnicodeEncodeError', exc.reason)
print(quote_plus('a b+c'), quote_plus(b'a b'), quote('~x_y.z-'), quote('/', safe=''))
for kwargs in ({'encoding': ''}, {'errors': ''}):
    try:
        print(quote('caf\u00e9', **kwargs))
    except LookupError as exc:
        print('LookupError', exc)
