# re.error: CPython's message, pattern, position, line and column for each mistake.
import re

patterns = [
    '(', 'a(b', '((a)', 'a)', '())', '*', '+a', '?', 'a**', 'a*+*', 'a{2}{3}', '^*', '$+', r'\b*',
    '[', '[a', '[^', '[]', '[a-', r'[\d-z]', '[z-a]', r'[a-\d]', 'a\\', '\\', r'\q', r'[\q]', r'\8', r'[\8]',
    r'\1', r'(a)\2', r'(a\1)', r'\x', r'\x4', r'\xg', r'\u12', r'[\u12]', r'\U0011ffff', r'\777', r'[\777]',
    '(?', '(?P', '(?Px', '(?P<', '(?P<>a)', '(?P<a', '(?P<a>', '(?P<1a>x)', '(?P<a-b>x)', '(?P=', '(?P=a',
    '(?P=a)', '(?P<a>a)(?P=b)', '(?P<a>(?P=a))', '(?P<a>x)(?P<a>y)', '(?<', '(?<x', '(?<=a', '(?<=a+)b',
    '(?<!a|bc)d', '(?z)', '(?i', '(?i-', '(?i-:a)', '(?-', '(?-i', '(?-z:a)', '(?iz)', '(?i-i:a)', '(?a-a:b)',
    '(?au)', '(?t:a)', '(?-t:a)', 'a(?i)', '(?x)a(?i)', '(?#', '(?#abc', '(?(', '(?()a)', '(?(a)b)',
    '(?(1a)b)', '(?(0)a)', '(?(1)a|b|c)', '(?(2)a)(b)', 'a{2,1}', 'x{4294967296}', '(?P<a>x)(?(b)y)',
    'ab\n(c', 'a\nb)\nc', '(?x)\n  a\n  [b\n', '(?<=(a)\\1)b', '(?<=a(?P=x))', '(?<=(?P<x>a)(?P=x))b',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', str(e), '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except OverflowError as e:
        print(repr(p), '-> OverflowError:', e)
try:
    re.compile(b'[\xff-a]')
except re.error as e:
    print(e, e.pattern)
try:
    re.compile(b'\\\xe9\\q')
except re.error as e:
    print(e)
try:
    re.compile('(?P<é>a)(?P<é>b)')
except re.error as e:
    print(e)
e = re.error('custom')
print(e, e.msg, e.pattern, e.pos, e.lineno)
e = re.error('custom', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
