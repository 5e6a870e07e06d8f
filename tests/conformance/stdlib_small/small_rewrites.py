# posixpath.commonpath, email.charset.Charset's name checks, copy.deepcopy's memo, bz2.open's
# binary-mode argument checks, argparse sections in help, email.policy defaults.
import bz2
import copy
import io
import posixpath
import argparse
from email import charset, errors, policy

for paths in (['/a/b/c', '/a/b/d'], ['a/b', 'a/b/c'], ['/a', '/a'], ['a/./b', 'a/b/'],
              ['/x/y', '/x/yz'], ['a', 'b'], ['/'], ['', ''], [b'/a/b', b'/a/c']):
    print(paths, repr(posixpath.commonpath(paths)))
for bad in ([], ['/a', 'b'], ['/a', b'/a']):
    try:
        posixpath.commonpath(bad)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
for name in ('utf-8', b'latin_1', 'US-ASCII', b'ISO-8859-1', 'caf\u00e9', b'caf\xe9'):
    try:
        c = charset.Charset(name)
        print(repr(name), c.input_charset, c.output_charset, str(c))
    except errors.CharsetError as exc:
        print(repr(name), 'CharsetError', exc.args)
shared = [1, 2]
data = {'a': shared, 'b': shared, 'c': (shared, [shared])}
data['self'] = data
dup = copy.deepcopy(data)
print(dup['a'] is dup['b'], dup['c'][0] is dup['a'], dup['self'] is dup, dup['a'] is shared)
memo = {}
one = copy.deepcopy(shared, memo)
print(copy.deepcopy(shared, memo) is one, id(shared) in memo)
for kwargs in ({'encoding': 'x'}, {'errors': 'y'}, {'newline': ''}):
    try:
        bz2.open(io.BytesIO(), 'rb', **kwargs)
    except ValueError as exc:
        print('ValueError', exc)
p = argparse.ArgumentParser(prog='p', description='d')
g = p.add_argument_group('group', 'about the group')
g.add_argument('--x', help='an x')
print(p.format_help())
pol = policy.compat32
print(pol.cte_type, repr(pol.linesep), pol.mangle_from_, pol.max_line_length,
      pol.message_factory, pol.raise_on_defect)
print(str(errors.NonPrintableDefect(['\x01'])))
