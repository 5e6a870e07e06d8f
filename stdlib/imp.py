"""imp for closured: the module CPython 3.11 keeps for old code (deprecated in favour of
importlib). Libraries written for both Python lines import it for reload() and
new_module(); those work. The finder and loader functions answer for closured's own
modules only: closured imports sources, never extension files, so get_suffixes() names
the source suffix alone and load_dynamic() refuses."""

import sys
import warnings
from importlib import reload

warnings.warn("the imp module is deprecated in favour of importlib and slated for "
              "removal in Python 3.12; see the module's documentation for alternative "
              "uses", DeprecationWarning, stacklevel=2)

__all__ = ['reload', 'new_module', 'get_magic', 'get_tag', 'get_suffixes',
           'acquire_lock', 'release_lock', 'lock_held', 'is_builtin', 'is_frozen',
           'find_module', 'load_dynamic', 'NullImporter',
           'SEARCH_ERROR', 'PY_SOURCE', 'PY_COMPILED', 'C_EXTENSION', 'PY_RESOURCE',
           'PKG_DIRECTORY', 'C_BUILTIN', 'PY_FROZEN', 'PY_CODERESOURCE', 'IMP_HOOK']

# the module kinds find_module's third item names
(SEARCH_ERROR, PY_SOURCE, PY_COMPILED, C_EXTENSION, PY_RESOURCE, PKG_DIRECTORY,
 C_BUILTIN, PY_FROZEN, PY_CODERESOURCE, IMP_HOOK) = range(10)

# imports run one at a time in a workload: the lock is a depth count
_lock_depth = 0


def new_module(name):
    """A new, empty module called name (not entered in sys.modules)."""
    return type(sys)(name)


def get_magic():
    """The four bytes CPython 3.11 writes at the start of a compiled file."""
    return b'\xa7\r\r\n'


def get_tag():
    return sys.implementation.cache_tag


def get_suffixes():
    """(suffix, mode, kind) for each file kind an import reads: sources only."""
    return [('.py', 'r', PY_SOURCE)]


def acquire_lock():
    global _lock_depth
    _lock_depth += 1


def release_lock():
    global _lock_depth
    if _lock_depth == 0:
        raise RuntimeError('not holding the import lock')
    _lock_depth -= 1


def lock_held():
    return _lock_depth > 0


def is_builtin(name):
    """1 for a module built into the runtime, -1 for sys and builtins (which cannot be
    made again), 0 otherwise."""
    if name in ('sys', 'builtins'):
        return -1
    return 1 if name in sys.builtin_module_names else 0


def is_frozen(name):
    return False


def find_module(name, path=None):
    """(file, pathname, description) as CPython's imp answered; closured opens no
    files, so a module is found only when it is already imported or built in."""
    if not isinstance(name, str):
        raise TypeError("'name' must be a str, not {}".format(type(name)))
    if name in sys.builtin_module_names:
        return None, name, ('', '', C_BUILTIN)
    raise ImportError('No module named {!r}'.format(name), name=name)


def load_dynamic(name, path, file=None):
    raise ImportError('closured loads no extension modules', name=name, path=path)


class NullImporter:
    """The importer for a path entry that is no directory: it finds nothing."""

    def __init__(self, path):
        if path == '':
            raise ImportError('empty pathname', path='')

    def find_module(self, fullname):
        return None
