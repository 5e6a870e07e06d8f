# Match objects: group access in every form, spans, expand, repr, errors.
import re

m = re.search(r'(?P<y>\d{4})-(?P<m>\d\d)(-(?P<d>\d\d))?', 'on 2024-05 or')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('y'), m.group('y', 'm', 4))
print(m[0], m['m'], m[3], m.groups(), m.groups(''), m.groupdict(), m.groupdict('?'))
print(m.start(), m.end(), m.span(), m.start('m'), m.end(2), m.span('d'), m.span(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re.pattern)
print(m.expand(r'\g<m>/\g<y>'), m.expand(r'\2.\1'), m.expand(r'[\g<0>]'), m.expand(r'\g<d>|\n'))
print(m.regs)
print(bool(m), repr(re.match('', 'x')), repr(re.match('a\n', 'a\n')), repr(re.match(b'\xff', b'\xff')))
print(repr(re.match('.*', "it's")))
for bad in [5, -1, 'nope', 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError:', e)
for bad in [5, 'zz']:
    try:
        m.start(bad)
    except IndexError as e:
        print('IndexError:', e)
    try:
        m[bad]
    except IndexError as e:
        print('IndexError:', e)
print(re.match(r'(a)(b)', 'ab').group(True), re.match(r'a', 'a').lastgroup, re.match(r'a', 'a').lastindex)
m = re.match(r'(?P<a>x)|(?P<b>y)', 'y')
print(m.lastgroup, m.lastindex, m.groupdict())
m = re.match(r'(?:(?P<a>x)|y)+', 'xy')
print(m.groups(), m.lastgroup)
try:
    re.match('(a)', 'a').expand(r'\2')
except re.error as e:
    print('error:', e)
try:
    re.match('(a)', 'a').expand(r'\g<x>')
except IndexError as e:
    print('IndexError:', e)
