"""importlib for closured: import_module, the programmatic `import`."""

import sys

__all__ = ['import_module', 'invalidate_caches']


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
