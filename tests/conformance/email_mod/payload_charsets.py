# email.message: set_payload with and without charsets (text, bytes, names and Charset
# objects), set_charset's headers and body encodings, removing the charset, a fresh message's
# state, and MIMEPart/EmailMessage's as_string widths and str().
from email.message import Message, MIMEPart, EmailMessage
from email.charset import Charset
from email import policy

m = Message()
print(m.policy is policy.compat32, m.get_unixfrom(), m.get_payload(), m.get_charset(),
      m.preamble, m.epilogue, m.defects, m.get_default_type(), len(m), m.is_multipart())


def show(label, msg):
    print(label, msg.items(), repr(msg.get_payload()), msg.get_charset(),
          repr(msg.get_payload(decode=True)))


for payload in ('plain ascii\n', 'caf\u00e9 cr\u00e8me\n', '\u20ac and \u00e9\n', b'raw \xe9\n',
                bytearray(b'ba\n'), ''):
    for charset in (None, 'us-ascii', 'utf-8', 'iso-8859-1', Charset('utf-8'),
                    'latin_1', 'ascii'):
        m = Message()
        try:
            m.set_payload(payload, charset)
        except (UnicodeError, LookupError) as exc:
            print('set_payload', repr(payload), charset, type(exc).__name__)
            continue
        show('%r %s' % (payload, charset), m)

m = Message()
m['Content-Type'] = 'text/html; format=flowed'
m.set_payload('h\u00e9llo\n')
m.set_charset('utf-8')
show('html', m)
m.set_charset(None)
show('removed', m)
m = Message()
m['Content-Transfer-Encoding'] = '8bit'
m.set_payload('caf\u00e9\n', 'utf-8')
show('cte kept', m)
m = Message()
m.set_payload(b'\xff\xfe bytes', 'latin-1')
show('latin-1 bytes', m)
m = Message()
m.set_charset('utf-8')
print('no payload', m.items(), m.get_payload(), m.get_charset())

subject = 'A subject long enough to fold at thirty columns'
for cls in (MIMEPart, EmailMessage):
    p = cls()
    print(cls.__name__, p.policy is policy.default, p.policy.max_line_length)
    p['Subject'] = subject
    p['X-Word'] = 'plain'
    p.set_payload('body\n')
    print(repr(p.as_string()))
    print(repr(p.as_string(maxheaderlen=0)))
    print(repr(p.as_string(policy=policy.compat32)))
    print(repr(p.as_string(maxheaderlen=0, policy=policy.SMTP)))
    print(repr(str(p)))
    q = cls(policy.compat32)
    print(q.policy is policy.compat32)
