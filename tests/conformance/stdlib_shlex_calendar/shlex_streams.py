# shlex: the instream forms (a string, a file-like, none: stdin), push_source and pop_source
# with line numbers, iteration to the end, and split's modes.
import io
import shlex

lex = shlex.shlex('a b "c d"')
print(lex.infile, type(lex.instream).__name__, lex.posix, lex.lineno, list(lex))
lex = shlex.shlex(io.StringIO('x = 1\ny = 2'), infile='conf.txt', posix=True)
print(lex.infile, lex.lineno, lex.get_token(), lex.get_token(), lex.lineno)
lex.push_source('pushed text\nline', 'inner.txt')
print(lex.infile, lex.lineno, lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno)
print(lex.infile, list(lex), lex.lineno, lex.infile)
lex = shlex.shlex(None)
print(lex.infile, lex.instream is __import__('sys').stdin)
lex = shlex.shlex('one two three')
lex.push_source(io.StringIO('p q'))
print(lex.get_token(), lex.get_token())
lex.pop_source()
print(lex.get_token(), lex.get_token(), lex.infile, lex.lineno)
lex = shlex.shlex('a b', posix=True)
print(list(lex), repr(lex.eof))
lex = shlex.shlex('a b', posix=False)
print(list(lex), repr(lex.eof))
lex = shlex.shlex('k=v; x', punctuation_chars=True)
print(list(lex), lex.wordchars[-5:])
for s, kw in (('a "b c" # d', {}), ('a "b c" # d', {'comments': True}),
              ("a 'b c' d", {'posix': False}), ('x\\ y z', {})):
    print(shlex.split(s, **kw))
try:
    list(shlex.shlex('"open', posix=True))
except ValueError as exc:
    print('ValueError', exc)
print(shlex.join(['a b', "it's", '', 'plain']), shlex.quote(''), shlex.quote('a$b'))
