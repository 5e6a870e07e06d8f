"""importlib for closured: import_module, the programmatic `import`, and
reload, which runs a module's source again in the same module object."""

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '%s.%s' % (base, name) if name else base


def import_module(name, package=None):
    """Imports the module `name` (relative to `package` when it starts with
    dots) and returns it: the module itself, not its top-level package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import "
                            "for %r" % name)
        while level < len(name) and name[level] == '.':
            level += 1
        name = _resolve(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: closured's finders keep no cache."""
    return None


def reload(module):
    """Runs the source of an imported module again in its own namespace and
    returns it (the object in sys.modules, normally module itself). A module
    of closured's library or a native one keeps the state it has: its code
    cannot have changed while the program runs."""
    if not module or not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    spec = getattr(module, '__spec__', None)
    name = spec.name if spec is not None else module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    parent_name = name.rpartition('.')[0]
    path = None
    if parent_name:
        parent = sys.modules.get(parent_name)
        if parent is None:
            raise ImportError(f'parent {parent_name!r} not in sys.modules', name=parent_name)
        path = parent.__path__
    from importlib.machinery import _find_spec
    spec = _find_spec(name, path)
    if spec is None:
        raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
    loader = spec.loader
    if loader is not None and hasattr(loader, 'exec_module'):
        loader.exec_module(module)
    elif loader is not None and hasattr(loader, 'load_module'):
        loader.load_module(name)
    return sys.modules[name]
