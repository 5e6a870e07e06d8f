# pkgutil over the standard library and the program's own package (whose
# modules are imported first: closured lists what it can import, not a
# directory), and resolve_name.
import collections
import concurrent
import html
import logging
import pkgutil
import sys

import helper
import mypkg
import mypkg.inner.deep
import mypkg.sub

top = {info.name: info.ispkg for info in pkgutil.iter_modules()}
for name in ('json', 'zipfile', 'tarfile', 'collections', 'html', 'textwrap', 'helper', 'mypkg',
             'no_such_module'):
    print(name, name in top, top.get(name))
print([(info.name, info.ispkg) for info in pkgutil.iter_modules(html.__path__)])
print([(info.name, info.ispkg) for info in pkgutil.iter_modules(logging.__path__, 'logging.')])
print([(info.name, info.ispkg) for info in pkgutil.iter_modules(collections.__path__)])
print([(info.name, info.ispkg) for info in pkgutil.walk_packages(concurrent.__path__,
                                                                  'concurrent.')])
print([(info.name, info.ispkg) for info in pkgutil.iter_modules(mypkg.__path__)])
print([(info.name, info.ispkg) for info in pkgutil.walk_packages(mypkg.__path__, 'mypkg.')])
print(list(pkgutil.iter_modules([])))
info = next(iter(pkgutil.iter_modules(html.__path__)))
print(type(info).__name__, info._fields, info.name)
try:
    list(pkgutil.iter_modules('not a list'))
except ValueError as exc:
    print('ValueError', exc)

for name in ('os.path:join', 'os.path.join', 'json:dumps', 'collections.abc.Mapping',
             'json.decoder:JSONDecoder.decode', 'mypkg.inner.deep:Thing.Inner.LEVEL',
             'mypkg.sub.hello', 'helper:VALUE', 'json:', 'json'):
    found = pkgutil.resolve_name(name)
    print(name, getattr(found, '__qualname__', None) or getattr(found, '__name__', found))
for name in ('1bad', 'a b', 'json:nothing', 'no_such_module_here', 'json.nothing', ''):
    try:
        pkgutil.resolve_name(name)
    except (ValueError, ImportError, AttributeError) as exc:
        print(repr(name), type(exc).__name__, exc)
print(pkgutil.extend_path(['x'], 'y'), pkgutil.extend_path('x', 'y'))
print(pkgutil.find_loader('no_such_module_here'), pkgutil.get_loader('no_such_module_here'))
try:
    pkgutil.find_loader('.relative')
except ImportError as exc:
    print('ImportError', exc)
print(sorted(pkgutil.__all__))
