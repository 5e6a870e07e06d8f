# bytes patterns on bytes; mixing str and bytes is a TypeError.
import re

print(re.findall(rb'\d+', b'a1b22c333'))
print(re.match(rb'(\w+) (\w+)', b'hello world').groups())
print(re.sub(rb'a', b'b', b'banana'), re.sub(rb'(a)', rb'[\1]', b'banana'))
print(re.split(rb',\s*', b'a, b,c'))
print(re.search(rb'\xe9', b'caf\xe9').span(), re.findall(rb'\w+', b'caf\xe9 ok'))
print(re.match(rb'(?i)abc', b'ABC'), re.match(rb'[\x00-\x7f]+', b'abc\x80'))
print(re.compile(rb'a.c'), re.compile(rb'x', re.I), re.compile(rb'x').pattern)
print(re.fullmatch(rb'\s+', b' \t\n'), re.findall(rb'\s', b'\xa0 '))
print(re.match(rb'a', bytearray(b'abc')))
print(re.escape(b'a.b*c'), re.sub(rb'(?P<n>\d)', rb'<\g<n>>', b'a1b2'))
for p, s in [('a', b'a'), (b'a', 'a'), ('a', 1), (b'a', None)]:
    try:
        re.match(p, s)
    except TypeError as e:
        print('TypeError:', e)
for p, f in [(b'a', re.U), ('a', re.L), ('a', re.A | re.U)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print('ValueError:', e)
try:
    re.compile(b'\\u0041')
except re.error as e:
    print('error:', e)
try:
    re.compile(b'(?u)a')
except re.error as e:
    print('error:', e)
try:
    re.compile('(?L)a')
except re.error as e:
    print('error:', e)
try:
    re.sub(b'a', 'b', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.sub('a', b'b', 'a')
except TypeError as e:
    print('TypeError:', e)
