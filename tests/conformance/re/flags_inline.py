# Flags: re.I/M/S/X/A, inline global flags and scoped (?i:...) groups.
import re

print(re.match(r'(?i)hello', 'HeLLo').group())
print(re.match(r'hello', 'HeLLo', re.IGNORECASE).group())
print(re.match(r'(?i:he)llo', 'HEllo'), re.match(r'(?i:he)llo', 'HELLO'))
print(re.match(r'(?i)he(?-i:llo)', 'HEllo'), re.match(r'(?i)he(?-i:llo)', 'HELLO'))
print(re.findall(r'(?m)^\w', 'a\nb\nc'), re.findall(r'(?s)a.b', 'a\nb'))
print(re.findall(r'(?ms)^a.', 'a\nb\na\n'))
print(re.match(r'(?s:.)(.)', '\n\n'), re.match(r'(?s:.)(.)', '\nx').groups())
print(re.match(r'(?x) a b c # comment', 'abc').group())
print(re.match(r'''(?x)
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # word
''', '42  apples').groups())
print(re.match(r'a b', 'ab', re.X), re.match(r'a\ b', 'a b', re.X).group())
print(re.match(r'[ a]+', ' a a', re.X).group())
print(re.match(r'a b # c', 'ab', re.VERBOSE).group())
print(re.match(r'(?x: a b )c d', 'abc d').group())
print(re.match(r'(?x)a(?-x: b)c', 'a bc').group())
print(re.match(r'\w+', 'ñandú').group(), re.match(r'(?a)\w+', 'ñandú'))
print(re.match(r'\w+', 'ñandú', re.A), re.match(r'\w+', 'nandu', re.ASCII).group())
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile('(?i)a').flags)
print(re.compile('(?s)(?m)a').flags, re.compile('(?a)a').flags, re.compile(b'a').flags)
print(re.compile(b'(?i)a').flags, re.compile('(?x)a').flags, re.compile('a', re.X | re.S).flags)
print(re.compile('a', re.I | re.M), re.compile('a', re.A), re.compile('(?i)a'))
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, repr(re.I | re.M))
print(re.IGNORECASE == 2, int(re.I | re.M), re.I | re.M == 10, re.DOTALL.value)
print(re.search(r'(?i)straße', 'STRAßE'), re.search('(?i)[é]', 'É'))
print(re.findall('(?i)[a-c]', 'ABCabcXYZ'), re.findall('(?i)[^a-c]', 'ABCabcXYZ'))
print(re.match('(?i)Σ', 'σ'), re.match('(?i)д', 'Д'))
print(re.match(r'(?i)\bHELLO\b', 'say hello').__class__.__name__)
print(re.search(r'(?im)^b', 'a\nB'))
