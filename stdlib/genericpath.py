"""genericpath for closured: the path helpers CPython shares between posixpath
and ntpath. commonprefix, samestat and the extension splitter are pure; the
queries that ask the file system (exists, isfile, isdir, getsize, getmtime,
samefile, ...) raise PermissionError, as closured opens no file."""

import os as _os

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize', 'isdir',
           'isfile', 'samefile', 'sameopenfile', 'samestat']


def _refuse(name):
    def query(*args):
        raise PermissionError('closured opens no file: os.path.%s() is not available' % name)
    query.__name__ = query.__qualname__ = name
    return query


exists = _refuse('exists')
isfile = _refuse('isfile')
isdir = _refuse('isdir')
islink = _refuse('islink')
lexists = _refuse('lexists')
getsize = _refuse('getsize')
getmtime = _refuse('getmtime')
getatime = _refuse('getatime')
getctime = _refuse('getctime')
samefile = _refuse('samefile')
sameopenfile = _refuse('sameopenfile')


def commonprefix(m):
    """The longest leading run (item by item) that every entry of m shares."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = [_os.fspath(item) for item in m]
    low, high = min(m), max(m)
    for at in range(len(low)):
        if low[at] != high[at]:
            return low[:at]
    return low


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def _splitext(p, sep, altsep, extsep):
    """(root, ext): ext starts at the last extsep of the last component, unless
    that component is nothing but leading extseps before it."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep and p[last_sep + 1:dot].strip(extsep):
        return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    kinds = set()
    for arg in args:
        if isinstance(arg, str):
            kinds.add(str)
        elif isinstance(arg, bytes):
            kinds.add(bytes)
        else:
            raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                            % (funcname, type(arg).__name__)) from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None
