# re on instances of str subclasses (bs4's NavigableString goes through re.sub when
# markup is escaped): every function reads them as their text and answers plain strs.
import re


class Text(str):
    def shout(self):
        return self.upper() + '!'


s = Text('a<b> & c</b>')
print(re.sub(r'[<>&]', lambda m: '&#%d;' % ord(m.group()), s))
print(re.sub(r'([<>&])', r'[\1]', s), re.subn('b', 'B', s))
print(re.findall(r'\w', s), re.split(r'\s*&\s*', s), re.fullmatch(r'a.*', s).group())
m = re.search(r'<(?P<tag>\w+)>', s)
print(m.group('tag'), m.span(), m.start(), type(m.group()).__name__)
print([x.group() for x in re.finditer(r'</?b>', s)], type(re.sub('a', 'z', s)).__name__)
p = re.compile(r'(\w)\s')
print(p.sub(r'\1_', Text('x y z')), p.match(Text('q r')).groups(), s.shout())
print(re.escape(Text('a.b')), re.match(Text('a+'), 'aaa').group())
try:
    re.search(r'x', 5)
except TypeError as e:
    print('TypeError', e)
