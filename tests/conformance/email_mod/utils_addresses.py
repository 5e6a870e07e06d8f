# email.utils: parseaddr, getaddresses and formataddr on well-formed and malformed text.
from email.utils import parseaddr, getaddresses, formataddr
cases = ['alice@example.com', 'Alice <alice@example.com>', '"Smith, Bob" <bob@ex.org>', 'bob@ex.org (Bob Smith)',
 '<a@b>', 'a@b, c@d', 'Undisclosed recipients:;', 'group: a@b, C <c@d>;', '', '   ', 'no at sign', 'John Doe',
 '"quoted\\"q" <q@x>', 'a b c <d@e>', '<@route,@r2:u@h>', 'user@[1.2.3.4]', 'user @ example . com', 'a@b.c.',
 'Name (comment) <x@y>', '"" <x@y>', 'x@y (c1) (c2)', '<>', 'foo <bar', 'A <a@b> trailing', 'a.b.c', '"a@b" <c@d>',
 '=?utf-8?q?J=C3=B6rg?= <j@x>', 'Jörg <j@x>', 'x@', '@y', 'a <b@c>, d <e@f>', 'one.two@three', 'Mr. Smith <s@x>',
 'a\tb <c@d>', '(only comment)', 'x@y.', '"unterminated <x@y>', 'a <b@c> (cmt)']
for c in cases:
    print(repr(c), parseaddr(c))
print(getaddresses(['a@b, C <c@d>', 'Undisclosed recipients:;', 'g: x@y;, z@w', '"a, b" <ab@x>', '']))
for p in [('Alice', 'a@x'), ('', 'a@x'), (None, 'a@x'), ('Smith, Bob', 'b@x'), ('Jörg', 'j@x'), ('a"b', 'q@x'), ('a\\b', 'q@x'), ('A (B)', 'x@y'), ('Mr. X', 'x@y'), ('plain name', 'x@y')]:
    print(p, repr(formataddr(p)))
print(formataddr(('Jörg', 'j@x'), charset='iso-8859-1'))
