# Empty matches in scans: after an empty match the next one must move on.
import re

print(re.findall(r'\b', 'ab cd'))
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'x?', '-', 'xx'), re.sub(r'(?:)', '|', 'abc'))
print(re.findall(r'a*', 'baaac'), [m.span() for m in re.finditer(r'a*', 'baaac')])
print(re.findall(r'a*?', 'aa'), re.findall(r'(a)|', 'ab'))
print(re.subn(r'\s*', '_', 'a b'), re.sub(r'$', 'X', 'ab\n'), re.sub(r'^|$', '#', 'ab'))
print(re.findall(r'(?=(\w\w))', 'abcd'), re.findall(r'(?<=a)', 'aaa'))
print(re.compile(r'a*').findall('aab', 1), [m.span() for m in re.compile(r'').finditer('ab', 1, 2)])
