# split(): groups in the pattern, maxsplit, empty matches.
import re

print(re.split(r'\s+', 'a b  c'))
print(re.split(r'(\s+)', 'a b  c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r',', 'a,b,c,d', maxsplit=2))
print(re.split(r',', 'a,b,c,d', 0), re.split(r',', 'a,b', -1))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'hi there'))
print(re.split(r'^', 'a\nb', flags=re.M), re.split(r'$', 'a\nb', flags=re.M))
print(re.split(r'(?=b)', 'abab'), re.split(r'', ''), re.split(r'a', ''))
print(re.split(r'[a-z]+', '1ab2cd3', flags=re.I), re.split(r'\W+', '...words...'))
print(re.split(r'(a)(x)?', 'bab'), re.split(rb'\s', b'a b'))
