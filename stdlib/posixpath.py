"""posixpath (os.path): the pure path operations on POSIX paths.

String work (join, split, splitext, basename, dirname, normpath, isabs,
abspath, relpath, commonpath, expanduser, expandvars, ...). closured opens
no file: the questions to the file system (exists, isfile, isdir, islink,
lexists) answer False, as CPython's do for a path it cannot stat, and the
measures (getsize, getmtime, samefile, ...) raise PermissionError. abspath and relpath use
os.getcwd(), and expanduser and expandvars os.environ: in the daemon a
workload sees "/" and an empty environment. Paths are str or bytes, or
objects with __fspath__, as in CPython."""

import _os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "expanduser", "expandvars", "normpath", "abspath",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "relpath", "commonpath", "exists", "lexists", "isfile", "isdir", "islink",
           "getsize", "getmtime", "getatime", "getctime", "samefile", "sameopenfile",
           "samestat", "ismount"]


def ismount(path):
    """False: closured sees no file system, so no mount point either."""
    _fspath(path)
    return False

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"


def fspath(p):
    """p if it is str or bytes, else p.__fspath__() (which must give one);
    os.fspath is this function."""
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(r).__name__))


_fspath = fspath


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Joins the parts with '/'; an absolute part discards what came before."""
    a = _fspath(a)
    sep = _sep(a)
    path = a
    if not p:
        path[:0] + sep  # a str/bytes mix fails here, as in CPython
    for b in p:
        b = _fspath(b)
        if type(b) is not type(a) and not (isinstance(b, str) and isinstance(a, str)):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path = path + b
        else:
            path = path + sep + b
    return path


def split(p):
    """(head, tail): tail after the last '/', head without its trailing
    slashes unless it is only slashes."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext from the last dot of the last component, unless the
    component's dots all lead it ('.bashrc' has no extension)."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = _fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest prefix (character by character) of every path in m."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    """Removes '.' components, doubled slashes and 'x/..' pairs (without
    looking at links). One or two leading slashes are kept; three or more
    become one, as POSIX says."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    initial = 0
    if path.startswith(sep):
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = sep.join(parts)
    if initial:
        path = sep * initial + path
    return path or dot


def _cwd(like):
    cwd = _os.getcwd()
    return cwd.encode("utf-8", "surrogateescape") if isinstance(like, bytes) else cwd


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_cwd(path), path)
    return normpath(path)


def relpath(path, start=None):
    """path relative to start (default: the working directory)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, dot, dotdot = b"/", b".", b".."
    else:
        sep, dot, dotdot = "/", ".", ".."
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return dot
    return join(*rel)


def commonpath(paths):
    """The longest common sub-path (whole components) of the paths."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    if isinstance(paths[0], bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    for p in paths:
        if type(p) is not type(paths[0]):
            raise TypeError("Can't mix strings and bytes in path components")
    split_paths = [p.split(sep) for p in paths]
    try:
        isabs_set = set(p[:1] == sep for p in paths)
    except TypeError:
        raise
    if len(isabs_set) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    # What the least and the greatest lists share, every list shares.
    low, high = min(split_paths), max(split_paths)
    common = low
    for i, (part, other) in enumerate(zip(low, high)):
        if part != other:
            common = low[:i]
            break
    prefix = sep if paths[0].startswith(sep) else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    """'~' and '~/...' from $HOME; anything else (and '~user') unchanged:
    closured has no password database."""
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _os.environ.get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode("utf-8", "surrogateescape")
    root = sep
    home = home.rstrip(sep)
    return (home + path[i:]) or root


_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def expandvars(path):
    """$name and ${name} replaced from os.environ; unknown names stay."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return _expandvars_bytes(path)
    if "$" not in path:
        return path
    env = _os.environ
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and path[j] in _NAME_CHARS:
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in env:
            out.append(env[name])
        else:
            out.append(path[i:end])
        i = end if end > i else i + 1
    return "".join(out)


def _expandvars_bytes(path):
    s = path.decode("utf-8", "surrogateescape")
    return expandvars(s).encode("utf-8", "surrogateescape")


# Last: genericpath imports os, which reads this module's names (sep, fspath, ...)
# when posixpath is imported before os.
from genericpath import (exists, lexists, isfile, isdir, islink, getsize, getmtime, getatime,
                         getctime, samefile, sameopenfile, samestat)
