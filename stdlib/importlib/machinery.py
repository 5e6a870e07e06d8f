"""importlib.machinery for closured: module specs, the loaders of closured's
own finders (built-in, frozen and source modules), and the walk of the
finders a program puts on sys.meta_path (the import system calls
_meta_path_load for a module closured's own finders did not find)."""

import sys
import _imp

__all__ = ['ModuleSpec', 'BuiltinImporter', 'FrozenImporter', 'PathFinder',
           'SourceFileLoader', 'SOURCE_SUFFIXES', 'EXTENSION_SUFFIXES',
           'BYTECODE_SUFFIXES', 'all_suffixes']

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = []
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What a finder found: the name, the loader that makes the module, where
    it comes from (origin), and for a package where its submodules are."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            args.append('origin=%r' % (self.origin,))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations=%s' % (self.submodule_search_locations,))
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and
                self.origin == other.origin and
                self.submodule_search_locations == other.submodule_search_locations and
                self.cached == other.cached and self.has_location == other.has_location)

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        """Whether origin names a place the module was loaded from (a module's __file__)."""
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value




class BuiltinImporter:
    """The native (C) modules: found by name, made by importing them."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        info = _imp.find(fullname, None) if path is None else None
        if info is None or info[0] != 'built-in':
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter:
    """The library compiled into closured (its stdlib/ directory)."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        info = _imp.find(fullname, path)
        if info is None or info[0] != 'frozen':
            return None
        return ModuleSpec(fullname, cls, origin='frozen', is_package=info[2])

    @staticmethod
    def create_module(spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        return None

    @classmethod
    def is_package(cls, fullname):
        info = _imp.find(fullname, None)
        return bool(info and info[2])


class SourceFileLoader:
    """Runs a .py file of the program's own tree (read through the files
    `import` may read) in a module's namespace."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (type(self) is type(other) and self.name == other.name and
                self.path == other.path)

    def __hash__(self):
        return hash((self.name, self.path))

    def __repr__(self):
        return '<%s object>' % (type(self).__name__,)

    def create_module(self, spec):
        return None

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        data = _imp.read(path)
        if data is None:
            raise FileNotFoundError(2, 'No such file or directory', path)
        return data

    def get_source(self, fullname):
        return self.get_data(self.path).decode('utf-8')

    def get_code(self, fullname):
        return compile(self.get_data(self.path), self.path, 'exec')

    def is_package(self, fullname):
        return self.path.rpartition('/')[2] == '__init__.py'

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        return _load_legacy(self, fullname)


class PathFinder:
    """The .py files and packages on sys.path (or a package's __path__)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        info = _imp.find(fullname, path)
        if info is not None and info[0] == 'namespace':
            # directories without __init__.py: no loader, no origin, every portion
            spec = ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations = info[3]
            return spec
        if info is None or info[0] != 'source':
            return None
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, info[1]), origin=info[1],
                          is_package=info[2])
        spec.has_location = True
        if info[2]:
            spec.submodule_search_locations = [info[3]]
        return spec

    @classmethod
    def invalidate_caches(cls):
        return None


def _own_spec(name, path):
    """The spec closured's own finders make for name, or None."""
    for finder in (BuiltinImporter, FrozenImporter, PathFinder):
        spec = finder.find_spec(name, path)
        if spec is not None:
            return spec
    return None


def _init_module_attrs(spec, module):
    """Gives a module made from spec the attributes the import system sets,
    where it has none yet."""
    def missing(attr):
        return getattr(module, attr, None) is None
    if missing('__name__'):
        module.__name__ = spec.name
    if missing('__loader__'):
        module.__loader__ = spec.loader
    if missing('__package__'):
        module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None and missing('__path__'):
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and missing('__file__'):
        module.__file__ = spec.origin
    return module


def _module_from_spec(spec):
    module = None
    loader = spec.loader
    if hasattr(loader, 'create_module'):
        module = loader.create_module(spec)
    elif hasattr(loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    return _init_module_attrs(spec, module)


def _load_legacy(loader, name):
    loader.load_module(name)
    return sys.modules[name]


def _load_spec(spec):
    loader = spec.loader
    if loader is None:
        if spec.submodule_search_locations is None:
            raise ImportError('missing loader', name=spec.name)
        module = _module_from_spec(spec)
        sys.modules[spec.name] = module
        return module
    if not hasattr(loader, 'exec_module'):
        module = _load_legacy(loader, spec.name)
        if getattr(module, '__loader__', None) is None:
            try:
                module.__loader__ = loader
            except AttributeError:
                pass
        return module
    module = _module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        loader.exec_module(module)
    except BaseException:
        sys.modules.pop(spec.name, None)
        raise
    return sys.modules[spec.name]


def _meta_path_load(name, path):
    """Asks each finder of sys.meta_path for name (path: the parent package's
    __path__, None at the top level); the loaded module, or None when no
    finder knows it."""
    for finder in list(sys.meta_path):
        find_spec = getattr(finder, 'find_spec', None)
        if find_spec is not None:
            spec = find_spec(name, path, None)
            if spec is not None:
                return _load_spec(spec)
            continue
        find_module = getattr(finder, 'find_module', None)
        if find_module is not None:
            loader = find_module(name, path)
            if loader is not None:
                return _load_legacy(loader, name)
    return None


def _find_spec(name, path):
    """importlib.util.find_spec's search: closured's own finders, then
    sys.meta_path's."""
    spec = _own_spec(name, path)
    if spec is not None:
        return spec
    for finder in list(sys.meta_path):
        find_spec = getattr(finder, 'find_spec', None)
        if find_spec is None:
            continue
        spec = find_spec(name, path, None)
        if spec is not None:
            return spec
    return None
