# Header folding under EmailPolicy (default, SMTP, SMTPUTF8, other line lengths, HTTP):
# long unstructured headers broken before blanks, text outside ASCII as utf-8 encoded
# words (merged, split across lines), address lists broken between addresses, and
# parsed headers refolded by refold_source.
import email
from email.message import EmailMessage, Message
from email import policy
cases = [
    ('Subject', 'This is a rather long subject line that will certainly need folding because it is longer than seventy-eight characters'),
    ('Subject', 'Short'),
    ('Subject', 'Grüße aus Köln'),
    ('Subject', 'Grüße aus Köln, ' * 6),
    ('Subject', 'Meeting about the quarterly report — please read the attached notes before Friday afternoon'),
    ('Subject', 'x' * 100),
    ('Subject', 'word ' * 10 + 'y' * 90 + ' tail'),
    ('Subject', 'Ünïcödé ' * 12),
    ('Subject', 'plain start then ünïcode in the middle and a long plain tail that goes on and on and on'),
    ('Subject', 'a  b   c    double spaces that are long enough to need folding across the line boundary here'),
    ('X-Note', 'tab\tseparated words that are quite long and need folding somewhere along this line ok'),
    ('Subject', '日本語のテキストはとても長いのでエンコードされた単語に分割する必要があります。日本語のテキストはとても長い'),
    ('To', ', '.join('person%d@example.com' % i for i in range(8))),
    ('To', 'Ünïcödé Nämé <u@example.com>'),
    ('From', 'Plain Name <plain@example.com>'),
    ('Cc', 'Alice Example <alice@example.com>, Bob Example <bob@example.com>, Carol Example <carol@example.com>'),
    ('To', 'Jörg Müller <joerg@example.com>, Zoë Saldaña <zoe@example.com>, "Quoted, Name" <q@example.com>'),
]
cases += [
    ("Subject", "Re: [project-list] A discussion about the naming of variables in the codebase and other things"),
    ("Subject", "ab " * 40),
    ("Subject", "Emoji \U0001F600 party \U0001F389 time with friends and family and a very long text after it to fold ok"),
    ("To", "Very Long Display Name Of Someone Important <very.long.address.of.someone@example.com>, other@example.com"),
    ("Reply-To", "\u00dcn\u00efc\u00f6d\u00e9 N\u00e4m\u00e9 " * 4 + "<u@example.com>"),
]
for name, value in cases:
    m = EmailMessage()
    m[name] = value
    for pol in (policy.default, policy.SMTP, policy.SMTPUTF8, policy.default.clone(max_line_length=40), policy.HTTP):
        s = m.as_string(policy=pol)
        print(repr(s))
from email import policy
src = ('Subject: a folded\n subject line\n'
       'X-Long: ' + 'word ' * 20 + '\n'
       'To: a@example.com,\n b@example.com\n\nbody\n')
for pol in (policy.default, policy.default.clone(refold_source='all'), policy.default.clone(refold_source='none')):
    m = email.message_from_string(src, policy=pol)
    print(repr(m.as_string()))
    print(repr(m['Subject']), repr(m['X-Long'][:20]))
m = email.message_from_string(src, policy=policy.default)
m.replace_header('Subject', 'Nötig: ' + 'lange Zeile ' * 8)
print(m.as_string())
print(m.as_bytes(policy=policy.SMTP)[:200])
m = EmailMessage()
m['Subject'] = 'This is a rather long subject line that will certainly need folding because it is longer than seventy-eight characters'
m['To'] = ', '.join('person%d@example.com' % i for i in range(8))
m['From'] = 'Ünïcödé Nämé <u@example.com>'
m['X-Other'] = 'Grüße aus Köln, ' * 6
m.set_content('body')
print(m.as_string())
m2 = Message()
m2['Subject'] = 'This is a rather long subject line that will certainly need folding because it is longer than seventy-eight characters'
m2['To'] = ', '.join('person%d@example.com' % i for i in range(8))
m2['X-Other'] = 'Grüße aus Köln, ' * 6
m2.set_payload('body')
print(m2.as_string())
print(m.as_string(policy=policy.SMTP)[:300])
