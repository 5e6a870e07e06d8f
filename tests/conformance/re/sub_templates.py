# sub()'s replacement templates: group references, escapes, and their errors.
import re

s = 'John Smith, Jane Doe'
print(re.sub(r'(\w+) (\w+)', r'\2 \1', s))
print(re.sub(r'(?P<f>\w+) (?P<l>\w+)', r'\g<l> \g<f>', s))
print(re.sub(r'(\w+) (\w+)', r'\g<2>_\g<1>_\g<0>', s))
print(re.sub(r'(\w+)', r'<\g<1>0>', 'ab'), re.sub(r'(\w+)', r'<\10>', 'ab') if False else '')
print(re.sub('a', r'\n\t\\', 'xax'), repr(re.sub('a', r'\n', 'a')), repr(re.sub('a', '\\.', 'a')))
print(repr(re.sub('a', r'\0', 'a')), repr(re.sub('a', r'\101', 'a')), repr(re.sub('a', r'\07', 'a')))
print(re.sub('(a)(b)?', r'[\2]', 'ac'), re.sub('x', '', 'axbxc'))
print(re.sub('(?P<n>a)', r'\g<n>\g<n>', 'banana'))
for t in [r'\3', r'\g<3>', r'\g<x>', r'\g<', r'\g<1', r'\g', r'\q', r'\g<-1>', r'\g<1a>', '\\', r'\400']:
    try:
        print(repr(re.sub('(a)(b)', t, 'ab')))
    except re.error as e:
        print(repr(t), 'error:', e, '|', e.pos)
    except IndexError as e:
        print(repr(t), 'IndexError:', e)
print(re.sub(r'(\d+)', lambda m: '<%s>' % m.group(1), 'a1b22'))
print(re.sub('a', lambda m: m.group().upper(), 'banana', count=2))
print(re.subn(r'(\w)', r'\1\1', 'abc'))
print(re.sub(r'a|(b)', r'[\1]', 'ab'))
for r in [5, None, ['x']]:
    try:
        re.sub('a', r, 'abc')
    except TypeError as e:
        print('TypeError:', e)
for args in [('a', lambda m: 1, 'xay'), ('a', lambda m: None, 'xay'), ('(a)', lambda m: m.group(2), 'a')]:
    try:
        print(repr(re.sub(*args)))
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
print(re.sub(b'a', lambda m: b'<' + m.group() + b'>', bytearray(b'banana')))
