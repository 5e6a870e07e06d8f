# Unicode-aware \w \d \s on str patterns; ASCII with re.A and on bytes.
import re

s = 'naïve café 42 ٤٢ ２ x_y\u00a0z\u2003w'
print(re.findall(r'\w+', s))
print(re.findall(r'\w+', s, re.A))
print(re.findall(r'\d', s))
print(re.findall(r'\d', s, re.A))
print(re.findall(r'\s', s))
print(re.findall(r'\s', s, re.A))
print(re.findall(r'\W+', 'añb'), re.findall(r'\W+', 'añb', re.A))
print(re.findall(r'\b\w', 'élan vital'), re.findall(r'\b\w', 'élan vital', re.A))
print(re.sub(r'\s+', ' ', 'a\u3000b\tc\n\nd'))
print(re.findall(r'[^\W\d_]+', 'abc_123_déf'))
print(re.match(r'.', '\U0001F600').group() == '\U0001F600', len(re.match(r'.+', 'a\U0001F600b').group()))
print(re.search('é+', 'caféé!').span(), re.search('[àâä]', 'voilà').span())
print(re.split(r'\W+', 'Ünïcödé wörds, hére.'))
print(re.findall(r'(?i)é', 'éÉ'), re.findall(r'(?i)ω', 'ΩΩω'))
print(re.findall(r'(?ai)é', 'éÉ'))
print(re.sub('ü', 'ue', 'Müller über'), re.fullmatch(r'\w+', 'Ωμέγα'))
m = re.search(r'(\w+)@', 'ünï@x')
print(m.span(), m.group(1), m.start(1))
