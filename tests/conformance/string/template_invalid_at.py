# string.Template's error for an invalid placeholder names its line and
# column (from 1), on the first line, after newlines of each kind and after
# valid placeholders; safe_substitute leaves it alone. Formatter's nested
# fields, the recursion limit and mixed numbering errors.
import string

for text in ['$', 'abc $ d', '$$ and $1', 'line one\n  $!', 'a\r\nb\rc\n$ x', '$ok ${ok} $-',
             '\n\n${', 'x' * 5 + '${bad name}', 'p\x0cq\x1e\u2028 $?', 'end $']:
    try:
        string.Template(text).substitute(ok=1)
    except ValueError as exc:
        print(repr(text), exc)
    print(' safe:', repr(string.Template(text).safe_substitute(ok=1)))
f = string.Formatter()
print(f.format('{0:{1}}|{x:>{w}}|{:{}}', 3.14159, '.2f', 'ab', 5, x='r', w=4) if False else
      f.format('{0:{1}}|{x:>{w}}', 3.14159, '.2f', x='r', w=4))
for bad in ['{0:{1:{2}}}', '{}{0}', '{0}{}', '{a.b}', '{0[1]}']:
    try:
        print(f.format(bad, 'xy', 5, 6, a=1))
    except (ValueError, AttributeError, IndexError) as exc:
        print(type(exc).__name__, exc)
print(f.vformat('{} {}', ('a', 'b'), {}), f.format('{:{}}', 'z', 3) + '|')
