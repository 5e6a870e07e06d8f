# Conditional groups, atomic groups and possessive repeats (3.11 syntax).
import re

p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    print(s, bool(p.match(s)))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"abc"').group(), re.match(r'(a)?(?(1)b|c)', 'c').group())
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'(?>ab|a)b', 'ab'))
print(re.match(r'(?>(a+))b', 'aab').groups(), re.match(r'(?>x*)+y', 'xxy'))
print(re.match(r'a++', 'aaa').group(), re.match(r'a*+b', 'aab').group(), re.match(r'a?+a', 'aa').group())
print(re.match(r'(?:ab)++', 'ababa').group(), re.match(r'[ab]*+b', 'aab'))
print(re.findall(r'\d++', '12 345'), re.match(r'a{1,2}+a', 'aaa').group())
print(re.match(r'"(?>[^"\\]+|\\.)*"', r'"a\"b"').group())
