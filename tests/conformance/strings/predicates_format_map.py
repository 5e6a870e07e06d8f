# str.isascii, isprintable, istitle (titlecase letters included) and format_map
# (a dict subclass's __missing__, attribute and index fields, its errors).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for s in ['', 'abc', 'héllo', 'ABC\x7f', 'tab\there']:
    print(repr(s), s.isascii(), s.isprintable())
for s in ['\n', ' ', '\u00a0', '\u200b', 'ok', '\U0001f600', '\x00', 'é']:
    print(repr(s), s.isprintable())
for s in ['Hello World', 'Hello world', 'HELLO', '', '123', 'A1 B2', "They're Bill's", 'ǅungla', 'Élan Vital', 'a']:
    print(repr(s), s.istitle(), s.encode('utf-8', 'replace').istitle() if s.isascii() else '-')
class D(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} and {b}'.format_map(D(a=1)), '{x[0]}{y.real}'.format_map({'x': [5], 'y': 2}))
t('pos', lambda: '{}'.format_map({}))
t('pos0', lambda: '{0}'.format_map({}))
t('missing', lambda: '{k}'.format_map({}))
t('args', lambda: 'x'.format_map())
t('notmap', lambda: '{a}'.format_map(5))
