# More patterns from real programs: semver, URLs, a markdown subset, a JSON tokenizer.
import re
SEMVER = re.compile(r'^(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)(?:-(?P<prerelease>(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+(?P<buildmetadata>[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$')
for v in ['1.2.3', '1.0.0-alpha.1+build.5', '01.2.3', '1.2', '10.20.30-rc.1']:
    m = SEMVER.match(v)
    print(v, m.groupdict() if m else None)
URL = re.compile(r'^(?:(?P<scheme>[a-z][a-z0-9+.-]*):)?(?://(?:(?P<user>[^:@/]*)(?::(?P<pw>[^@/]*))?@)?(?P<host>[^:/?#]*)(?::(?P<port>\d+))?)?(?P<path>[^?#]*)(?:\?(?P<query>[^#]*))?(?:#(?P<frag>.*))?$', re.I)
for u in ['https://user:pw@example.com:8080/a/b?x=1&y=2#top', 'mailto:joe@x.org', '/relative/path?q', 'HTTP://EXAMPLE.COM']:
    print(URL.match(u).groupdict())
md = "Some *emphasis*, **strong**, `code`, and a [link](http://x.y/z) here.\n# Title\n- item one\n- item two"
md = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', md)
md = re.sub(r'\*(.+?)\*', r'<i>\1</i>', md)
md = re.sub(r'`([^`]+)`', r'<code>\1</code>', md)
md = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'<a href="\2">\1</a>', md)
md = re.sub(r'(?m)^# (.*)$', r'<h1>\1</h1>', md)
md = re.sub(r'(?m)^- (.*)$', r'<li>\1</li>', md)
print(md)
JSON_TOK = re.compile(r'\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<num>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?P<lit>true|false|null)|(?P<punct>[{}\[\]:,]))')
pos = 0; src = '{"a": [1, 2.5e3, "x\\"y"], "b": null, "c": true}'
out = []
while pos < len(src):
    m = JSON_TOK.match(src, pos)
    if not m: break
    out.append((m.lastgroup, m.group(m.lastgroup)))
    pos = m.end()
print(out)
print(re.findall(r'(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])', 'ips: 10.0.0.1, 256.1.1.1x, 1.2.3.4.5 and 192.168.1.100'))
print(re.sub(r'(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})', r'\g<y>-\g<m>-\g<d>', 'born 25/12/1990, died 01/01/2070'))
print(re.split(r'\s*[;,]\s*|\s+and\s+', 'apples, pears ; plums and cherries'))
wrap = re.compile(r'(\S.{0,20})(?:\s+|$)')
print(wrap.findall('The quick brown fox jumps over the lazy dog and keeps running far away'))
print(re.sub(r'(?<=\w)([A-Z])', r' \1', 'ThisIsATitleCase'), re.sub(r'[aeiou]', '', 'programming', flags=re.I))
print(re.compile(r'^\s*(#.*)?$').match('   # comment') is not None, re.match(r'^[\w.-]+$', 'file-name_1.txt') is not None)
