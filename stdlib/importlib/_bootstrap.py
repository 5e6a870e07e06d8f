"""importlib._bootstrap for closured: the names of CPython's import machinery
that libraries reach for (_find_spec, _resolve_name, ModuleSpec,
module_from_spec, spec_from_loader), over closured's importlib.machinery."""

import sys
from importlib.machinery import ModuleSpec, BuiltinImporter, FrozenImporter, PathFinder
from importlib.machinery import _find_spec as _machinery_find_spec
from importlib.util import module_from_spec, spec_from_loader


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def _find_spec(name, path, target=None):
    """The spec of the module name inside the package path (None at the top
    level): closured's own finders first, then sys.meta_path's; None when no
    finder knows it."""
    return _machinery_find_spec(name, path)


def _find_and_load(name, import_=None):
    __import__(name)
    return sys.modules[name]
