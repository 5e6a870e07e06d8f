# email.parser and the generator: headers, bodies, multipart with preamble/epilogue, nested
# parts, message/rfc822, defects, line endings; as_string gives the text back.
import email
texts = [
'From: a@b\nTo: c@d\nSubject: hi\n\nbody line 1\nbody line 2\n',
'From: a@b\nSubject: long\n folded\n\tmore\n\nbody',
'Subject: x\n\n',
'Subject: x\n',
'no header line\nSubject: x\n\nbody\n',
'From nobody Mon Jan  1 00:00:00 2001\nSubject: unix\n\nbody\n',
'Content-Type: multipart/mixed; boundary="BB"\nMIME-Version: 1.0\n\npreamble text\n--BB\nContent-Type: text/plain\n\npart one\n--BB\nContent-Type: text/html\n\n<p>two</p>\n\n--BB--\nepilogue\n',
'Content-Type: multipart/mixed; boundary="BB"\n\n--BB\n\none\n--BB--\n',
'Content-Type: multipart/mixed; boundary="BB"\n\n--BB\n\none\n--BB--',
'Content-Type: multipart/mixed; boundary=BB\n\n--BB\nX: 1\n\none\n--BB',
'Content-Type: multipart/mixed\n\nno boundary\n',
'Content-Type: multipart/alternative; boundary="o"\n\n--o\nContent-Type: multipart/mixed; boundary="i"\n\n--i\n\ninner\n--i--\n--o\n\nsecond\n--o--\n',
'Content-Type: message/rfc822\n\nSubject: inner\n\ninner body\n',
'Subject: crlf\r\nX-A: 1\r\n\r\nline\r\nline2\r\n',
'Subject: a\nSubject: b\nsubject: c\n\n',
'Content-Type: text/plain; charset="utf-8"; format=flowed\nContent-Transfer-Encoding: quoted-printable\n\nh=C3=A9llo=\n world\n',
'Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\naMOpbGxv\nIHdvcmxk\n',
'X-Empty:\nX-Sp:   spaced  \n\nb',
]
for t in texts:
    m = email.message_from_string(t)
    print('====', repr(t[:30]))
    print(m.items(), m.get_unixfrom(), m.is_multipart(), m.get_content_type(), m.get_default_type())
    print([type(d).__name__ for d in m.defects], repr(m.preamble), repr(m.epilogue))
    for part in m.walk():
        print('  part', part.get_content_type(), part.items(), repr(part.get_payload()) if not part.is_multipart() else len(part.get_payload()), repr(part.preamble), repr(part.epilogue))
        if not part.is_multipart():
            print('  decoded', repr(part.get_payload(decode=True)))
    print(repr(m.as_string()))
    print(str(m) == m.as_string(), m.get_unixfrom() is None or m.as_string(unixfrom=True).startswith(m.get_unixfrom()))
from email.iterators import body_line_iterator, typed_subpart_iterator, _structure
nested = email.message_from_string(texts[11])
_structure(nested)
_structure(nested, include_default=True)
print([p.get_payload() for p in typed_subpart_iterator(nested)], list(typed_subpart_iterator(nested, 'multipart', 'mixed'))[0].get_boundary())
print(list(body_line_iterator(email.message_from_string(texts[6]))))
