# http.cookies: SimpleCookie parsing and output, Morsel attributes and quoting, bad input.
from http import cookies
from http.cookies import SimpleCookie, BaseCookie, Morsel, CookieError
c = SimpleCookie()
c.load('chips=ahoy; vienna=finger; Path=/; HttpOnly')
print(repr(c), c.output(), sorted(c.keys()), c['vienna']['path'], c['vienna']['httponly'], c['chips'].value)
c = SimpleCookie('keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;"')
print(repr(c), c['keebler'].value, repr(c['keebler'].coded_value))
print(c.output(header='Cookie:'))
c = SimpleCookie()
c['sugar'] = 'wafer'
c['fig'] = 'newton'
c['sugar']['path'] = '/p'
c['sugar']['max-age'] = 3600
c['sugar']['secure'] = True
c['sugar']['samesite'] = 'Lax'
c['fig']['comment'] = 'a comment; with semi'
c['fig']['domain'] = '.example.com'
c['sp'] = 'has space, comma "quote" \\ é'
print(c.output())
print(c.output(attrs=['path'], header='X:', sep='|'))
print(repr(c['sp']), c['sp'].coded_value, str(c['fig']), c['fig'].OutputString(['domain']))
back = SimpleCookie(c['sp'].OutputString())
print(repr(back['sp'].value))
for bad in ['Path=/; a=b', 'a=b; junk; c=d', '$Version=1; a=b; $Path=/x', 'a=b; expires=Wed, 09 Jun 2021 10:18:14 GMT; c=d', '  spaced  =  val  ;', 'x', 'a=b;Secure;HttpOnly;Max-Age=5', 'e=; f="";']:
    k = SimpleCookie()
    k.load(bad)
    print(repr(bad), repr(k), k.output(sep=' || '))
try:
    c['bad key'] = 'v'
except CookieError as e:
    print('CookieError', e)
try:
    c['path'] = 'v'
except CookieError as e:
    print('CookieError', e)
try:
    c['sugar']['nope'] = 1
except CookieError as e:
    print('CookieError', e)
m = Morsel()
m.set('k', 'v', '"v"')
print(m.key, m.value, m.coded_value, m.isReservedKey('Path'), m.isReservedKey('x'), m == m.copy(), m.output())
m.update({'Path': '/u', 'DOMAIN': 'd'})
print(m.OutputString(), dict(m)['path'])
try:
    m.update({'bad': 1})
except CookieError as e:
    print('CookieError', e)
try:
    m.set('expires', 'x', 'x')
except CookieError as e:
    print('CookieError', e)
b = BaseCookie({'a': 1, 'b': 'x y'})
print(repr(b), b.output(), b['a'].value, type(b['a'].value))
print(cookies._quote('abc'), cookies._quote('a b'), cookies._unquote('"a\\054b\\"c"'), cookies._unquote('"x'))
print(SimpleCookie({'n': 'v'}).js_output().split())
