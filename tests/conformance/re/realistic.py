# How real programs use re: tokenizers, log parsing, validation, text munging.
import re

# a tokenizer with named alternatives and lastgroup
TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
''', re.VERBOSE)
for m in TOKEN.finditer('x = 3.14 * (y + 42) $'):
    if m.lastgroup != 'SKIP':
        print(m.lastgroup, repr(m.group()), m.start())

# log lines
LOG = re.compile(r'^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<date>[^\]]+)\] "(?P<method>GET|POST) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)$')
for line in ['127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
             '10.0.0.2 - - [11/Oct/2000:01:02:03 +0000] "POST /form HTTP/1.1" 404 -',
             'garbage']:
    m = LOG.match(line)
    print(m.groupdict() if m else None)

# camelCase to snake_case and back
def snake(name):
    s = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s).lower()
print([snake(n) for n in ['CamelCase', 'getHTTPResponseCode', 'already_snake', 'HTTPServer2Go']])
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'make_it_camel'))

# validation
EMAIL = re.compile(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$')
print([bool(EMAIL.match(e)) for e in ['a@b.co', 'first.last+tag@sub.example.org', 'bad@', '@bad.com', 'a@b']])
DATE = re.compile(r'(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])')
print([DATE.fullmatch(d).groups() if DATE.fullmatch(d) else None for d in ['2024-02-29', '2024-13-01', '1999-12-31']])

# whitespace and text munging
print(re.sub(r'\s+', ' ', '  lots   of\t\twhitespace \n here ').strip())
print(re.sub(r'(?m)^\s+|\s+$', '', '  a  \n   b \n'))
print(re.findall(r'#(\w+)', 'I love #python and #regex, not #'))
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m.group(1).upper() + m.group(2), 'the quick brown fox'))
print(re.split(r'(?<=[.!?])\s+', 'One. Two! Three? Four'))
print(re.findall(r'"([^"]*)"', 'say "hi" and "bye"'))
print(re.sub(r'\{(\w+)\}', lambda m: {'name': 'World'}.get(m.group(1), m.group()), 'Hello {name}, {other}'))

# version strings, key=value configs, ini sections
print([tuple(map(int, re.match(r'(\d+)\.(\d+)(?:\.(\d+))?', v).groups('0'))) for v in ['1.2', '3.4.5', '10.0.1rc1']])
conf = 'name = demo\n# comment\nport=8080\n\n[section]\ndebug = true\n'
print(dict(re.findall(r'(?m)^\s*(\w+)\s*=\s*(.*?)\s*$', conf)), re.findall(r'(?m)^\[(\w+)\]$', conf))
print(re.match(r'^(?:[01]?\d|2[0-3]):[0-5]\d$', '23:59') is not None, re.match(r'^#?([a-f\d]{2})([a-f\d]{2})([a-f\d]{2})$', '#FFaa00', re.I).groups())
words = re.compile(r"[a-z']+")
text = "It's the end of the world as we know it, and I feel fine. The end."
counts = {}
for w in words.findall(text.lower()):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
