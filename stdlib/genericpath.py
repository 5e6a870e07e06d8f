"""genericpath for closured: the path helpers CPython shares between posixpath
and ntpath. commonprefix, samestat and the extension splitter are pure; the
queries that ask the file system go through os.stat, which raises
PermissionError (closured opens no file): exists, isfile, isdir, islink and
lexists answer False, as CPython's do when the stat fails, and getsize,
getmtime, samefile, ... raise it."""

import os as _os

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize', 'isdir',
           'isfile', 'samefile', 'sameopenfile', 'samestat']


def _stat_or_none(path, follow=True):
    """path's stat_result, or None where the stat fails (closured's always does:
    it opens no file)."""
    try:
        return _os.stat(path) if follow else _os.lstat(path)
    except (OSError, ValueError):
        return None


# The questions answer False when the stat fails, as CPython's do: here for
# every path, so a program probing for a file goes on as if it were missing.
def exists(path):
    return _stat_or_none(path) is not None


def lexists(path):
    return _stat_or_none(path, False) is not None


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and st.st_mode & 0o170000 == 0o100000


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and st.st_mode & 0o170000 == 0o040000


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and st.st_mode & 0o170000 == 0o120000


# The measures need the stat itself: its PermissionError reaches the caller.
def getsize(filename):
    return _os.stat(filename).st_size


def getmtime(filename):
    return _os.stat(filename).st_mtime


def getatime(filename):
    return _os.stat(filename).st_atime


def getctime(filename):
    return _os.stat(filename).st_ctime


def samefile(f1, f2):
    return samestat(_os.stat(f1), _os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(_os.fstat(fp1), _os.fstat(fp2))


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
