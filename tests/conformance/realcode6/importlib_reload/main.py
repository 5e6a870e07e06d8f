# importlib.reload runs a module's source again in the same module object (its names
# rebound, names it no longer sets kept), and importlib._bootstrap's _find_spec finds
# modules without importing them, as libraries that pickle by reference reach for it.
import importlib
import importlib._bootstrap
import sys

import counter_mod

counter_mod.extra = 'kept'
first = counter_mod.make()
again = importlib.reload(counter_mod)
print(again is counter_mod, counter_mod.LOADS, counter_mod.extra, first is counter_mod.Thing)
print(type(counter_mod.make()) is counter_mod.Thing, isinstance(first, counter_mod.Thing))
spec = importlib._bootstrap._find_spec('counter_mod', None)
print(spec.name, spec.origin.endswith('counter_mod.py'), importlib._bootstrap._find_spec('no_such_mod', None))
print(importlib._bootstrap._find_spec('json', None).name, importlib._bootstrap._resolve_name('b', 'pkg.sub', 1))
for bad in (42, type(sys)('loose')):
    try:
        importlib.reload(bad)
    except (TypeError, ImportError) as exc:
        print(type(exc).__name__, exc)
