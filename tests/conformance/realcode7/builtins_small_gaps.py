# Small things libraries reach for: ord() of one byte, time.sleep with a float
# subclass, sys.builtin_module_names, compile(..., ast.PyCF_ONLY_AST), code
# objects' __class__, and collections.abc reached from a bare import collections.
import ast
import collections
import sys
import time

print(ord(b'A'), ord(bytearray(b'\xff')), ord('\u20ac'))
for bad in (b'', b'ab', bytearray(b'xyz')):
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError:', e)


class Pause(float):
    pass


class Ticks(int):
    pass


time.sleep(Pause(0.0))
time.sleep(Ticks(0))
print('slept')
names = sys.builtin_module_names
print(type(names).__name__, 'sys' in names, 'builtins' in names, list(names) == sorted(names))

tree = compile('x = 1\nif x:\n    y = x + 2\n', 'm.py', 'exec', ast.PyCF_ONLY_AST)
print(type(tree).__name__, [type(n).__name__ for n in tree.body])
expr = compile('a * (b + 1)', '<e>', 'eval', ast.PyCF_ONLY_AST)
print(type(expr).__name__, ast.dump(expr.body.op))
code = compile('1 + 1', '<e>', 'eval')
print(code.__class__.__name__, code.__class__ is type(code))
print(collections.abc.Mapping.__name__, issubclass(dict, collections.abc.MutableMapping))
from io import BlockingIOError as Blocking
print(Blocking is BlockingIOError, issubclass(Blocking, OSError))
