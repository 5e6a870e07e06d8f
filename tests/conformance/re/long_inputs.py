# Long subjects: the matcher's backtrack stack is not the C stack.
import re

s = 'ab' * 50000
print(re.fullmatch(r'(?:a|b)*', s) is not None, re.fullmatch(r'(ab)*', s).span(1))
print(re.match(r'(a|b)*c', s + 'c').end(), re.match(r'.*?c', s + 'c').end())
t = s[:10000]
print(len(re.findall(r'a', t)), len(re.sub(r'b', 'xx', t)), len(re.split(r'a', t)))
print(re.search(r'(\w)\1', 'ab' * 30000 + 'cc').span())
print(re.match(r'(?:x?)*y', 'x' * 20000 + 'y').end())
print(re.match(r'(?:a(?=a))*', 'a' * 30000).end())
print(re.search(r'z', 'y' * 100000), re.search(r'y$', 'y' * 100000).span())
print(re.match(r'(a+)+b', 'a' * 18 + 'b').span())
print(re.match(r'((a)|b)+', 'ab' * 20000).groups())
print(len(re.findall(r'\w+', ' '.join(['word'] * 2000))))
