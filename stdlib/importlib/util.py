"""importlib.util for closured: finding a module without importing it
(find_spec), specs from loaders and file locations, modules made from specs,
and resolve_name. LazyLoader runs the module at once (closured's import is
not deferred)."""

import sys
from importlib.machinery import (ModuleSpec, SourceFileLoader, _find_spec, _own_spec,
                                 _module_from_spec)

__all__ = ['find_spec', 'spec_from_loader', 'spec_from_file_location', 'module_from_spec',
           'resolve_name', 'LazyLoader', 'source_hash', 'MAGIC_NUMBER',
           'cache_from_source', 'source_from_cache']

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def resolve_name(name, package):
    """The absolute name of a relative one (leading dots) in package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return '%s.%s' % (base, rest) if rest else base


def _spec_of_loaded(name, module):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    if '__spec__' in getattr(module, '__dict__', {}):
        raise ValueError('{}.__spec__ is None'.format(name))
    # imported by closured's own finders, which set no __spec__: made now
    parent = name.rpartition('.')[0]
    path = getattr(sys.modules.get(parent), '__path__', None) if parent else None
    spec = _own_spec(name, path)
    if spec is None:
        raise ValueError('{}.__spec__ is not set'.format(name))
    return spec


def find_spec(name, package=None):
    """The spec of the module `name` (relative to package when it starts
    with dots), or None when no finder knows it. A parent package is
    imported; the module itself is not."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_loaded(fullname, module)
    parent_name = fullname.rpartition('.')[0]
    parent_path = None
    if parent_name:  # a submodule is looked for on its package's __path__
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent_name!r} while trying to find '
                f'{fullname!r}', name=fullname) from e
    return _find_spec(fullname, parent_path)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that loader makes."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for the module in the file at location (a .py file of the
    program's tree when no loader is given); None for other files."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = str(location) if not isinstance(location, str) else location
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        is_package = False
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                return None
        if is_package:
            spec.submodule_search_locations = [location.rpartition('/')[0]]
    else:
        spec.submodule_search_locations = submodule_search_locations
    return spec


def module_from_spec(spec):
    """A new module for spec, from its loader's create_module or a plain one,
    with the attributes import sets (not yet run: loader.exec_module does)."""
    return _module_from_spec(spec)


def source_hash(source_bytes):
    raise NotImplementedError('closured keeps no bytecode caches')


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError('closured keeps no bytecode caches')


def source_from_cache(path):
    raise NotImplementedError('closured keeps no bytecode caches')


class LazyLoader:
    """Wraps a loader. closured runs the module when exec_module is called,
    not at its first attribute access."""

    def __init__(self, loader):
        if not hasattr(loader, 'exec_module'):
            raise TypeError('loader must define exec_module()')
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
