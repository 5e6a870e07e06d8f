"""pkgutil for closured: iter_modules and walk_packages over the modules a
program can import: the standard library frozen into closured (listed from
the binary's own table, packages recursed into) and the program's own
modules and packages that are already imported (closured cannot list a
directory, so a script module shows once something has imported it).
resolve_name, get_loader, find_loader, get_importer and iter_importers answer
from the import system. get_data reads the sources of a frozen package's
modules and the .py files of the program's own packages; any other file of
the program's is a PermissionError (reading a data file is host access).
extend_path returns the path it is given."""

import importlib
import importlib.machinery
import importlib.util
import os
import sys
from collections import namedtuple

try:
    from _imp import frozen as _frozen_table
except ImportError:
    def _frozen_table():
        return []

__all__ = ['get_importer', 'iter_importers', 'get_loader', 'find_loader', 'walk_packages',
           'iter_modules', 'get_data', 'ImpImporter', 'ImpLoader', 'read_code', 'extend_path',
           'ModuleInfo']

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


class _SourceFinder(object):
    """What ModuleInfo names as the finder of a program's own module: the
    directory it was imported from."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return 'FileFinder(%r)' % (self.path,)

    def find_spec(self, fullname, target=None):
        return importlib.util.find_spec(fullname)


def _frozen():
    """{dotted name: is_package} of the frozen library."""
    return dict(_frozen_table())


def _children(package, frozen):
    """(name, is_package) of the frozen modules directly inside package ('' for
    the top level), sorted by name."""
    depth = package.count('.') + 1 if package else 0
    lead = package + '.' if package else ''
    found = [(name[len(lead):], ispkg) for name, ispkg in frozen.items()
             if name.startswith(lead) and name.count('.') == depth]
    return sorted(found)


def _frozen_owner(path):
    """The frozen package whose __path__ is this very list, or None: a frozen
    package's __path__ names no directory, so the list itself identifies it."""
    frozen = _frozen()
    for name, module in list(sys.modules.items()):
        if frozen.get(name) and getattr(module, '__path__', None) is path:
            return name
    return None


def _source_modules(directories):
    """(name, is_package, directory) of the already imported modules that came
    from one of the directories (top-level names relative to it)."""
    wanted = [os.path.normpath(d) for d in directories]
    found = {}
    for name, module in list(sys.modules.items()):
        origin = getattr(module, '__file__', None)
        if not isinstance(origin, str) or module is None:
            continue
        ispkg = os.path.basename(origin) == '__init__.py'
        home = os.path.dirname(os.path.dirname(origin) if ispkg else origin)
        home = os.path.normpath(home)
        leaf = name.rpartition('.')[2]
        if home in wanted and leaf not in found:
            found[leaf] = (ispkg, home)
    return sorted((leaf, ispkg, home) for leaf, (ispkg, home) in found.items())


def iter_modules(path=None, prefix=''):
    """ModuleInfo for each module on path (sys.path and the frozen library when
    None), names with prefix in front."""
    if path is not None and isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    seen = set()
    if path is None:
        frozen = _frozen()
        for name, ispkg in _children('', frozen):
            seen.add(name)
            yield ModuleInfo(importlib.machinery.FrozenImporter, prefix + name, ispkg)
        directories = [entry for entry in sys.path if isinstance(entry, str)]
    else:
        owner = _frozen_owner(path)
        if owner is not None:
            for name, ispkg in _children(owner, _frozen()):
                yield ModuleInfo(importlib.machinery.FrozenImporter, prefix + name, ispkg)
            return
        directories = list(path)
    for name, ispkg, home in _source_modules(directories):
        if name not in seen:
            seen.add(name)
            yield ModuleInfo(_SourceFinder(home), prefix + name, ispkg)


def _frozen_package(name):
    spec = importlib.util.find_spec(name)
    return spec is not None and spec.origin == 'frozen'


def walk_packages(path=None, prefix='', onerror=None):
    """Every module below path, packages first and then what they hold; a package
    is imported to find its contents (an error goes to onerror, or ImportError is
    swallowed as CPython does)."""
    visited = set()

    def walk(path, prefix):
        for info in iter_modules(path, prefix):
            yield info
            if not info.ispkg:
                continue
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
                continue
            except Exception:
                if onerror is None:
                    raise
                onerror(info.name)
                continue
            if _frozen_package(info.name):
                for child, ispkg in _children(info.name, _frozen()):
                    yield from _walk_frozen(info.name + '.' + child, ispkg)
                continue
            inner = [p for p in getattr(sys.modules[info.name], '__path__', None) or []
                     if p not in visited]
            visited.update(inner)
            yield from walk(inner, info.name + '.')

    def _walk_frozen(name, ispkg):
        yield ModuleInfo(importlib.machinery.FrozenImporter, name, ispkg)
        if ispkg:
            for child, child_ispkg in _children(name, _frozen()):
                yield from _walk_frozen(name + '.' + child, child_ispkg)

    return walk(path, prefix)


def get_importer(path_item):
    """The finder for one path entry: closured keeps no per-entry finders, so a
    directory gets one that searches it through the import system."""
    path_item = os.fspath(path_item)
    if path_item in sys.path:
        return _SourceFinder(path_item)
    return None


def iter_importers(fullname=''):
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    if '.' in fullname:
        package = fullname.rpartition('.')[0]
        module = importlib.import_module(package)
        entries = getattr(module, '__path__', None)
        if entries is None:
            return
        for entry in entries:
            yield _SourceFinder(entry)
        return
    yield importlib.machinery.FrozenImporter
    for entry in sys.path:
        yield _SourceFinder(entry)


def get_loader(module_or_name):
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if not isinstance(module_or_name, str):
        loader = getattr(module_or_name, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module_or_name, '__spec__', None) is None:
            return None
        module_or_name = module_or_name.__name__
    return find_loader(module_or_name)


def find_loader(fullname):
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        raise ImportError('Error while finding loader for {!r} ({}: {})'.format(
            fullname, type(exc), exc)) from exc
    return spec.loader if spec is not None else None


def get_data(package, resource):
    """The bytes of resource (a '/'-separated path) beside package: for a frozen package
    its own modules' sources (FileNotFoundError for anything else), for the program's
    own packages their .py files (PermissionError for other files: reading a data file
    is host access); None when there is no such package."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    parts = resource.split('/')
    if spec.origin == 'frozen':
        data = _frozen_data(package, spec.submodule_search_locations is not None, parts)
        if data is None:
            raise FileNotFoundError(2, 'No such file or directory')
        return data
    module = sys.modules.get(package) or importlib.import_module(package)
    origin = getattr(module, '__file__', None)
    if not origin:
        return None
    where = os.path.join(os.path.dirname(origin), *parts)
    if where.endswith('.py'):
        import _imp
        data = _imp.read(where)
        if data is None:
            raise FileNotFoundError(2, 'No such file or directory')
        return data
    raise PermissionError('pkgutil.get_data: closured programs cannot read data files (%r)'
                          % (where,))


def _frozen_data(package, is_package, parts):
    """The source of the frozen module that the file parts (relative to package's
    directory) hold, or None."""
    if not parts[-1].endswith('.py') or '' in parts or '.' in parts or '..' in parts:
        return None
    base = package if is_package else package.rpartition('.')[0]
    names = parts[:-1] + [parts[-1][:-3]]
    want_package = names[-1] == '__init__'
    if want_package:
        names.pop()
    dotted = '.'.join(([base] if base else []) + names)
    for name, ispkg in _frozen_table():
        if name == dotted and ispkg == want_package:
            from _imp import frozen_source
            return frozen_source(name)
    return None


def read_code(stream):
    """closured's code objects are not marshalled CPython byte code."""
    raise NotImplementedError('pkgutil.read_code: closured does not read .pyc files')


class ImpImporter:
    """The deprecated importer built on the imp module, which closured does not have."""

    def __init__(self, path=None):
        raise NotImplementedError('pkgutil.ImpImporter: closured has no imp module')


class ImpLoader:
    """The deprecated loader built on the imp module, which closured does not have."""

    def __init__(self, fullname, file, filename, etc):
        raise NotImplementedError('pkgutil.ImpLoader: closured has no imp module')


def extend_path(path, name):
    return path


_DOTTED = None


def _name_pattern():
    global _DOTTED
    if _DOTTED is None:
        import re
        word = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _DOTTED = re.compile(f'^(?P<pkg>{word})(?P<cln>:(?P<obj>{word})?)?$', re.UNICODE)
    return _DOTTED


def resolve_name(name):
    """The object a 'pkg.mod:attr.attr' or 'pkg.mod.attr' string names."""
    found = _name_pattern().match(name)
    if not found:
        raise ValueError(f'invalid format: {name!r}')
    parts = found.groupdict()
    if parts.get('cln'):
        target = importlib.import_module(parts['pkg'])
        steps = parts.get('obj')
        steps = steps.split('.') if steps else []
    else:
        steps = name.split('.')
        module_name = steps.pop(0)
        target = importlib.import_module(module_name)
        while steps:
            attempt = module_name + '.' + steps[0]
            try:
                target = importlib.import_module(attempt)
            except ImportError:
                break
            steps.pop(0)
            module_name = attempt
    for step in steps:
        target = getattr(target, step)
    return target
