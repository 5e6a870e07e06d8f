# Deeply nested patterns: hundreds of levels work, thousands are a RecursionError.
import re

print(re.match('(' * 300 + 'a' + ')' * 300, 'a').span(), re.compile('(' * 300 + ')' * 300).groups)
print(re.match('(?:' * 400 + 'b' + ')' * 400, 'b').span())
print(re.match('(?=' * 200 + 'c' + ')' * 200 + 'c', 'c').span())
for n in (2000, 20000):
    try:
        re.compile('(' * n + ')' * n)
    except RecursionError:
        print(n, 'RecursionError')
print(re.match('a' * 5000, 'a' * 5000).end(), len(re.findall('|'.join(['x%d' % i for i in range(500)]), 'x1 x499 x7')))
