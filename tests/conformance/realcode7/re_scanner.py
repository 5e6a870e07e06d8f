# re.Scanner: a lexicon of (pattern, action) pairs; scan() takes at each
# position the first pattern that matches, stops where none does.
import re


def number(scanner, text):
    return ('NUM', int(text), scanner.match.start())


lex = re.Scanner([
    (r'\d+', number),
    (r'[a-zA-Z_]\w*', lambda s, t: ('NAME', t)),
    (r'[-+*/=()]', lambda s, t: ('OP', t)),
    (r'\s+', None),
    (r'#.*', 'COMMENT'),
])
print(lex.scan('x = 3 * (y + 42) # tail'))
print(lex.scan('a + $b'))
print(lex.scan(''))
ci = re.Scanner([(r'select|from', lambda s, t: t.lower()), (r'\w+', lambda s, t: t.upper()), (r' ', None)],
                re.IGNORECASE)
print(ci.scan('SELECT a FROM t'))
