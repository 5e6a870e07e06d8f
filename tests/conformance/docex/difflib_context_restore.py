# difflib's context_diff, restore and diff_bytes.
import sys
from difflib import context_diff, diff_bytes, ndiff, restore, unified_diff

old = ['alpha\n', 'beta\n', 'gamma\n', 'delta\n', 'eps\n', 'zeta\n', 'eta\n', 'theta\n']
new = ['alpha\n', 'BETA\n', 'gamma\n', 'delta\n', 'eps\n', 'zeta\n', 'iota\n', 'eta\n']
print(''.join(context_diff(old, new, fromfile='old', tofile='new')), end='')
print(''.join(context_diff(old, new, 'a', 'b', 'then', 'now', n=1)), end='')
print(list(context_diff(['x'], [], lineterm='')))
print(list(context_diff([], ['y'], lineterm='')))
print(list(context_diff(['same'], ['same'])))
delta = list(ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'two\n', 'emu\n']))
print(''.join(restore(delta, 1)), end='')
print(''.join(restore(delta, 2)), end='')
try:
    list(restore(delta, 3))
except ValueError as e:
    print('ValueError', e)
for line in diff_bytes(unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'\xfe\n'], b'f', b't'):
    print(line)
for line in diff_bytes(context_diff, [b'1\n'], [b'2\n']):
    print(line)
try:
    list(diff_bytes(unified_diff, ['text'], [b'x']))
except TypeError as e:
    print('TypeError', e)
