# email.header: decode_header on plain and encoded words, make_header, Header, and Charset.
from email.header import decode_header, make_header, Header
from email.charset import Charset
import email.charset
for h in ['plain text', '=?utf-8?q?J=C3=B6rg?= <j@x>', '=?utf-8?b?SsO2cmc=?=', '=?iso-8859-1?q?caf=E9?= and =?utf-8?q?more?=',
          '=?utf-8?q?a?= =?utf-8?q?b?=', '=?utf-8?q?a?=  =?iso-8859-1?q?b?=', 'pre =?UTF-8?Q?x_y?= post', '=?utf-8?b?SsO2cmc?=',
          '=?utf-8?q?line1?=\n =?utf-8?q?line2?=', 'x =?us-ascii?q?y?= z', '=?bogus?x?y?=', '']:
    print(repr(h), decode_header(h))
print(str(make_header(decode_header('=?utf-8?q?J=C3=B6rg?= <j@x>'))))
print(str(make_header(decode_header('pre =?UTF-8?Q?x_y?= post'))))
print(str(make_header(decode_header('=?iso-8859-1?q?caf=E9?= and =?utf-8?q?more?='))))
h = Header('Hello')
print(str(h), h.encode(), h == 'Hello')
h.append(' wörld', 'utf-8')
print(repr(str(h)), h.encode())
h2 = Header('Jörg', 'iso-8859-1')
print(str(h2), h2.encode(), decode_header(h2))
h3 = Header('naïve', header_name='Subject')
print(h3.encode(), str(h3))
h4 = Header('a', 'utf-8')
h4.append('b')
h4.append('c', 'us-ascii')
print(repr(str(h4)), h4.encode())
h5 = Header(b'bytes ascii')
print(str(h5), h5.encode())
for cs in ['utf-8', 'iso-8859-1', 'us-ascii', 'latin_1', 'ASCII', 'euc-jp', 'x-unknown', b'utf-8']:
    c = Charset(cs)
    print(repr(c), c.input_charset, c.header_encoding, c.body_encoding, c.output_charset, c.input_codec, c.output_codec, c == cs if isinstance(cs, str) else '')
print(Charset('utf-8').header_encode('Jörg'), Charset('iso-8859-1').header_encode('Jörg'), Charset('us-ascii').header_encode('plain'))
print(Charset('utf-8').header_encode('ééééé'), Charset('utf-8').header_encode('aaaaaaé'))
print(repr(Charset('utf-8').body_encode('héllo wörld\n')), repr(Charset('iso-8859-1').body_encode('héllo wörld \nline')), repr(Charset('us-ascii').body_encode('plain')))
print(Charset('utf-8').get_body_encoding(), Charset('iso-8859-1').get_body_encoding(), Charset('us-ascii').get_body_encoding().__name__)
email.charset.add_charset('x-mine', email.charset.QP, email.charset.BASE64, 'utf-8')
print(Charset('x-mine').output_charset, Charset('x-mine').header_encoding)
try:
    email.charset.add_charset('bad', body_enc=email.charset.SHORTEST)
except ValueError as e:
    print('ValueError:', e)
try:
    Charset('ü')
except email.errors.CharsetError as e:
    print('CharsetError:', e)
try:
    decode_header('=?utf-8?b?!!!?=')
except Exception as e:
    print(type(e).__name__, e)
