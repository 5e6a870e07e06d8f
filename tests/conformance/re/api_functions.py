# The module-level functions: compile, match, fullmatch, search, findall, finditer,
# sub, subn, split, escape, purge, and the cache.
import re

print(re.compile(r'\d+').findall('a1b23'))
print(re.match(r'\d', 'a1'), re.match(r'\d', '1a').group())
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.fullmatch(r'a|ab', 'ab').group())
print(re.fullmatch(r'a*?', 'aaa').group(), re.fullmatch(r'(?:a|ab)(?:c|bcd)', 'abcd').group())
print(re.search(r'o+', 'hello foo').span())
print(re.findall(r'o', 'foo boo'), re.findall(r'(o)(o)', 'foo boo'), re.findall(r'x', 'abc'))
print([m.span() for m in re.finditer(r'\w+', 'ab cd  ef')])
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span(), list(it))
print(re.sub(r'\s+', ' ', '  a   b  c '), re.sub('a', 'b', 'aaa', count=2), re.sub('a', 'b', 'aaa', 1))
print(re.subn(r'o', '0', 'foo boo'), re.subn('z', 'y', 'abc'))
print(re.sub('(?i)A', 'x', 'aAa'), re.sub('a', 'x', 'aAa', flags=re.I))
print(re.split(r'[,;]\s*', 'a, b;c,d'), re.split(r'x', 'axbxc', maxsplit=1))
print(re.escape('1.5*2+[x](y){z}?^$|\\ \t-#&~'), re.escape('abc_123'), re.escape('é!'))
print(re.escape('a\nb'), re.escape(''))
p = re.compile('abc')
print(re.compile(p) is p, re.match(p, 'abcd').group(), re.compile('abc') is re.compile('abc'))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile(42)
except TypeError as e:
    print('TypeError:', e)
re.purge()
print(re.compile('abc') == p, hash(re.compile('abc')) == hash(p), re.compile('abc') != re.compile('abd'))
print(re.compile('abc', re.I) == p, re.compile(b'abc') == p)
print(re.search('', 'abc').span(), re.findall('', 'ab'), re.sub('', '-', 'ab'), re.split('', 'ab'))
print(re.sub('x', lambda m: '', 'axbx'), re.sub('(x)', lambda m: m.group(1).upper(), 'axbx'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) + 1), 'v1.9.10'))
print(type(re.compile('a')).__name__, type(re.match('a', 'a')).__name__)
print(isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match))
print(re.error.__name__, issubclass(re.error, Exception))
