# email.message: headers as a mapping, parameters, payloads and charsets, MIME classes,
# encoders, and EmailMessage basics (set_content, get_body, iter_parts).
import email
from email.message import Message, EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email import encoders, errors
m = Message()
print(len(m), m.get_payload(), m.is_multipart(), repr(m.as_string()), m.get_content_type())
m['To'] = 'a@b'
m['Subject'] = 'Hello'
m['X-Dup'] = '1'
m['x-dup'] = '2'
print(m.keys(), m.values(), m['subject'], m.get('nope'), m.get('nope', 'dflt'), m.get_all('X-DUP'), m.get_all('none'), m.get_all('none', []))
print('to' in m, 'cc' in m, list(m), len(m))
del m['x-dup']
print(m.items())
del m['absent']
m.replace_header('subject', 'Changed')
print(m.items())
try:
    m.replace_header('Cc', 'x')
except KeyError as e:
    print('KeyError', e)
m.add_header('Content-Disposition', 'attachment', filename='report.pdf')
m.add_header('X-Flags', None, flag=None, some_value='a b')
m.add_header('X-Uni', 'v', name='naïve.txt')
m.add_header('X-T', 'v', name=('utf-8', 'en', 'ü.txt'))
print(m.items())
print(m.get_filename(), m.get_content_disposition(), m.get_params(header='x-uni'), m.get_param('name', header='x-uni'), m.get_param('name', header='x-t'))
m['Content-Type'] = 'TEXT/HTML; charset="ISO-8859-1"; Format=flowed; name="a;b.txt"'
print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(), m.get_params(), m.get_params(unquote=False))
print(m.get_param('charset'), m.get_param('FORMAT'), m.get_param('missing', 'x'), m.get_content_charset(), m.get_charsets(), m.get_filename())
m.set_param('charset', 'utf-8')
print(m['content-type'])
m.set_param('newparam', 'with space')
print(m['content-type'])
m.set_param('format', 'fixed', replace=True)
print(m.items()[-1], m.items())
m.del_param('newparam')
print(m['content-type'])
m.set_type('text/plain')
print(m.items())
try:
    m.set_type('bad')
except ValueError as e:
    print('ValueError', repr(e))
m2 = Message()
m2['Content-Type'] = 'bogus'
print(m2.get_content_type(), m2.get_params())
m2.set_default_type('message/rfc822')
print(Message().get_content_type() , m2.get_default_type())
try:
    Message().set_boundary('x')
except errors.HeaderParseError as e:
    print('HeaderParseError', e)
m3 = email.message_from_string('Content-Type: multipart/mixed; boundary=old; x=1\n\n--old\n\na\n--old--\n')
m3.set_boundary('new')
print(m3.items(), m3.get_boundary())
print(m3.as_string())
t = MIMEText('hello world\n')
print(t.items(), repr(t.get_payload()), t.get_charset(), repr(t.as_string()))
t = MIMEText('héllo wörld\n', 'plain', 'utf-8')
print(t.items(), repr(t.get_payload()), t.get_payload(decode=True))
t = MIMEText('<b>héllo</b>', 'html', 'iso-8859-1')
print(t.items(), repr(t.get_payload()), t.get_payload(decode=True))
mp = MIMEMultipart(boundary='XYZ')
mp['Subject'] = 'multi'
mp.attach(MIMEText('part one'))
mp.attach(MIMEApplication(b'\x00\x01binary\xff', Name='data.bin'))
mp.preamble = 'This is a MIME message.'
print(mp.as_string())
print([p.get_content_type() for p in mp.walk()], mp.get_payload(1).get_payload(decode=True))
try:
    t.attach(MIMEText('x'))
except errors.MultipartConversionError as e:
    print('MultipartConversionError', e)
plain = Message()
plain.set_payload('text')
try:
    plain.attach(Message())
except TypeError as e:
    print('TypeError', e)
try:
    plain.get_payload(0)
except TypeError as e:
    print('TypeError', e)
b = MIMEBase('image', 'png', name='x.png')
b.set_payload(b'\x89PNG')
encoders.encode_base64(b)
print(b.as_string())
q = Message()
q.set_payload('caf\xe9 = ok \n')
q.set_charset('iso-8859-1')
print(q.items(), repr(q.get_payload()), q.get_payload(decode=True))
q2 = Message(); q2.set_payload('line\n'); encoders.encode_quopri(q2); print(q2.items(), repr(q2.get_payload()))
q3 = Message(); q3.set_payload('abc'); encoders.encode_7or8bit(q3); print(q3.items())
e = EmailMessage()
e['Subject'] = 'Greetings'
e['From'] = 'Alice <alice@example.com>'
e['To'] = 'bob@example.com'
e.set_content('Hi Bob,\nsee you.\n')
print(e.items(), repr(e.get_content()), repr(e.as_string()), str(e) == e.as_string(), type(e['subject']).__mro__[-2:], e['subject'] == 'Greetings')
try:
    e['Subject'] = 'again'
except ValueError as ex:
    print('ValueError', ex)
e2 = email.message_from_string('Subject: =?utf-8?q?J=C3=B6rg?= here\nContent-Type: text/html; charset=utf-8\n\n<p>x</p>\n', _class=EmailMessage) if False else None
e3 = EmailMessage()
e3.set_content('<p>hi</p>', subtype='html')
print(e3.items(), e3.get_body().get_content_type(), e3.is_attachment(), list(e3.iter_parts()))
parsed = email.message_from_string('Subject: hi\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nplain\n--b\nContent-Type: text/html\n\n<p>html</p>\n--b--\n', policy=email.policy.default)
print(type(parsed).__name__, parsed.get_body().get_content(), parsed.get_body(('plain',)).get_content(), [p.get_content_type() for p in parsed.iter_parts()])
