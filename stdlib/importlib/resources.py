"""importlib.resources for closured: files(package) is the package's
directory as a pathlib.Path (as CPython answers for a package on disk), so
code can name its data files; reading them reaches the file system, which
closured refuses (PermissionError from pathlib). The older helpers
(read_text, open_text, path, is_resource, contents) go through files()."""

import sys
import pathlib

__all__ = ['files', 'as_file', 'read_text', 'read_binary', 'open_text', 'open_binary', 'path',
           'is_resource', 'contents']


def _module(anchor):
    if isinstance(anchor, str):
        __import__(anchor)
        return sys.modules[anchor]
    return anchor


def files(anchor=None):
    if anchor is None:
        anchor = sys._getframe(1).f_globals.get('__name__')
    m = _module(anchor)
    spot = getattr(m, '__file__', None)
    if not spot:
        raise TypeError("%r is not a package" % (getattr(m, '__name__', m),))
    return pathlib.Path(spot).parent


def as_file(path):
    import contextlib
    return contextlib.nullcontext(path)


def read_text(package, resource, encoding='utf-8', errors='strict'):
    return files(package).joinpath(resource).read_text(encoding=encoding, errors=errors)


def read_binary(package, resource):
    return files(package).joinpath(resource).read_bytes()


def open_text(package, resource, encoding='utf-8', errors='strict'):
    return files(package).joinpath(resource).open('r', encoding=encoding, errors=errors)


def open_binary(package, resource):
    return files(package).joinpath(resource).open('rb')


def path(package, resource):
    return as_file(files(package).joinpath(resource))


def is_resource(package, name):
    return files(package).joinpath(name).is_file()


def contents(package):
    return [p.name for p in files(package).iterdir()]
