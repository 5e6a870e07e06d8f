# Loading a module of the program's own tree by file name, as plugin systems
# do (spec_from_file_location, module_from_spec, exec_module), and asking
# where a module of the tree is without importing it.
import os
import sys
import importlib.util

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, 'plugins', 'greet.py')
spec = importlib.util.spec_from_file_location('greet_plugin', path)
print(spec.name, spec.origin == path, spec.has_location, spec.submodule_search_locations)
mod = importlib.util.module_from_spec(spec)
print('greet_plugin' in sys.modules, mod.__file__ == path, mod.__name__)
spec.loader.exec_module(mod)
print(mod.hello('world'), mod.COUNT)
again = importlib.util.module_from_spec(spec)
spec.loader.exec_module(again)
print(again is mod, again.COUNT, mod.COUNT)
print(importlib.util.spec_from_file_location('data', os.path.join(here, 'notes.txt')))

found = importlib.util.find_spec('plugins')
print(found.name, found.submodule_search_locations is not None, 'plugins' in sys.modules)
found = importlib.util.find_spec('plugins.greet')
print(found.name, found.parent, found.origin == path, 'plugins' in sys.modules)
print(importlib.util.find_spec('plugins.absent'))
missing = importlib.util.spec_from_file_location('ghost', os.path.join(here, 'ghost.py'))
try:
    missing.loader.exec_module(importlib.util.module_from_spec(missing))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
