# Finders a program puts on sys.meta_path: a spec-based finder with
# create_module/exec_module, the legacy find_module/load_module pair, a
# package made of ModuleType instances whose submodules come from the
# finder, and importlib.util's spec helpers.
import sys
import types
import importlib
import importlib.util
import importlib.machinery


class VirtualFinder:
    """Serves modules whose source is held in a dict."""

    def __init__(self, sources):
        self.sources = sources
        self.asked = []

    def find_spec(self, fullname, path, target=None):
        self.asked.append(fullname)
        if fullname not in self.sources:
            return None
        is_pkg = fullname + '.' in ''.join(k + '.' for k in self.sources if k != fullname)
        return importlib.util.spec_from_loader(fullname, self, is_package=is_pkg)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.sources[module.__name__], module.__dict__)


finder = VirtualFinder({
    'virt': 'NAME = "virt"\n',
    'vpkg': 'ITEMS = []\n',
    'vpkg.sub': 'from vpkg import ITEMS\nITEMS.append(__name__)\nVALUE = len(ITEMS)\n',
    'broken': 'raise ValueError("broken at import")\n',
})
sys.meta_path.append(finder)

import virt
print(virt.NAME, virt.__name__, virt.__spec__.name, virt.__loader__ is finder)
print(virt.__spec__.origin, virt.__spec__.submodule_search_locations, virt.__spec__.parent)
import vpkg.sub
print(vpkg.sub.VALUE, vpkg.ITEMS, vpkg.__path__, vpkg.__spec__.parent, vpkg.sub.__package__)
from vpkg import sub as again
print(again is vpkg.sub, 'vpkg.sub' in sys.modules)
try:
    import broken
except ValueError as e:
    print('ValueError:', e, 'broken' in sys.modules)
try:
    import nowhere_to_be_found
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, 'nowhere_to_be_found' in finder.asked)


class LegacyImporter:
    """The pre-PEP 451 protocol: find_module returns a loader that puts the
    module in sys.modules itself."""

    def find_module(self, fullname, path=None):
        return self if fullname.startswith('legacy_') else None

    def load_module(self, fullname):
        mod = types.ModuleType(fullname)
        mod.made_by = 'legacy'
        sys.modules[fullname] = mod
        return mod


sys.meta_path.append(LegacyImporter())
import legacy_thing
print(legacy_thing.made_by, legacy_thing.__name__)


class MovedItems(types.ModuleType):
    """A package whose submodules exist only through the finder below."""
    __path__ = []


class SubModuleImporter:
    def __init__(self, root):
        self.root = root
        self.known = {}

    def add(self, mod, name):
        self.known[self.root + '.' + name] = mod

    def find_spec(self, fullname, path, target=None):
        if fullname in self.known:
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def is_package(self, fullname):
        return hasattr(self.known[fullname], '__path__')

    def create_module(self, spec):
        mod = self.known[spec.name]
        sys.modules[spec.name] = mod
        return mod

    def exec_module(self, module):
        pass


top = types.ModuleType('compat')
top.__path__ = []
sys.modules['compat'] = top
imp = SubModuleImporter('compat')
moved = MovedItems('compat.moves')
moved.reduce = __import__('functools').reduce
imp.add(moved, 'moves')
parse = types.ModuleType('compat.moves.parse')
parse.quote = lambda s: s.replace(' ', '%20')
imp.add(parse, 'moves.parse')
sys.meta_path.append(imp)

from compat.moves import reduce
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]))
from compat.moves.parse import quote
print(quote('a b c'))
import compat.moves.parse as p
print(p is parse, top.moves is moved, moved.parse is parse, type(sys.modules['compat.moves']).__name__)

# importlib.util on modules closured found itself
print(importlib.util.find_spec('no_such_module_here'))
print(importlib.util.find_spec('sys').name, importlib.util.find_spec('sys').origin)
print(importlib.util.find_spec('json').name, importlib.util.find_spec('json.decoder').parent)
print(importlib.util.find_spec('json').submodule_search_locations is not None)
print(importlib.util.find_spec('virt') is virt.__spec__)
print(importlib.util.resolve_name('..b', 'pkg.sub.mod'), importlib.util.resolve_name('x', None))
try:
    importlib.util.find_spec('virt.nothing')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
spec = importlib.machinery.ModuleSpec('made', None, origin='somewhere')
print(spec.name, spec.origin, spec.parent, spec.submodule_search_locations, spec.has_location)
m = importlib.util.module_from_spec(spec)
print(type(m).__name__, m.__name__, m.__spec__ is spec, m.__loader__)
print(importlib.machinery.SOURCE_SUFFIXES, '.py' in importlib.machinery.all_suffixes())
print(importlib.import_module('.sub', 'vpkg') is vpkg.sub)
