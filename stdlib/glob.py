"""glob for closured: shell-style wildcards matched against the file system.

Patterns are split into path components; the components holding '*', '?'
or '[...]' are matched with fnmatch against the names os.listdir() gives,
'**' (with recursive=True) against whole subtrees. A directory that cannot
be listed counts as empty, as in CPython. closured opens no file (os.listdir
and the stat calls raise PermissionError, os.path.lexists answers False),
so every pattern matches nothing there; escape() and has_magic() are pure."""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """Whether s holds a wildcard character."""
    found = (magic_check_bytes if isinstance(s, bytes) else magic_check).search(s)
    return found is not None


def escape(pathname):
    """pathname with its wildcard characters bracketed, so that they match
    themselves (a drive part would be kept as it is; POSIX has none)."""
    if isinstance(pathname, bytes):
        return magic_check_bytes.sub(rb'[\1]', pathname)
    return magic_check.sub(r'[\1]', pathname)


def _is_hidden(name):
    return name[0] in ('.', b'.'[0]) if name else False


def _recursive_marker(part):
    return part == '**' or part == b'**'


def _names_in(dirname, dir_fd, dirs_only):
    """The entries of dirname ('' for the current directory), or [] when it
    cannot be listed."""
    target = dirname or (os.curdir if not isinstance(dirname, bytes) else os.curdir.encode())
    try:
        if dir_fd is not None:
            names = os.listdir(dir_fd if not dirname else target)
        else:
            names = os.listdir(target)
    except OSError:
        return []
    if not dirs_only:
        return names
    kept = []
    for name in names:
        try:
            if os.path.isdir(os.path.join(dirname, name) if dirname else name):
                kept.append(name)
        except OSError:
            pass
    return kept


def _exists(path, dir_fd):
    if dir_fd is None:
        return os.path.lexists(path)
    try:
        os.lstat(path, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return True


def _isdir(path, dir_fd):
    if dir_fd is None:
        return os.path.isdir(path)
    try:
        import stat
        return stat.S_ISDIR(os.stat(path, dir_fd=dir_fd).st_mode)
    except (OSError, ValueError):
        return False


def glob1(dirname, pattern):
    """The names in dirname matching pattern (no hidden names unless the
    pattern starts with a dot)."""
    return _match_names(dirname, pattern, None, False, False)


def glob0(dirname, basename):
    """[basename] when dirname/basename exists (basename '' means dirname
    itself, a directory), else []."""
    if not basename:
        return [basename] if os.path.isdir(dirname) else []
    return [basename] if os.path.lexists(os.path.join(dirname, basename)) else []


def _match_names(dirname, pattern, dir_fd, hidden, dirs_only):
    names = _names_in(dirname, dir_fd, dirs_only)
    if not (hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _subtree(dirname, dir_fd, hidden, dirs_only):
    """Every path below dirname (relative to it), parents first."""
    for name in _names_in(dirname, dir_fd, False):
        if not hidden and _is_hidden(name):
            continue
        full = os.path.join(dirname, name) if dirname else name
        is_dir = _isdir(full, dir_fd)
        if is_dir or not dirs_only:
            yield name
        if is_dir and not os.path.islink(full):
            for below in _subtree(full, dir_fd, hidden, dirs_only):
                yield os.path.join(name, below)


def _glob_in(dirname, basename, dir_fd, recursive, hidden, dirs_only):
    """The names below dirname that the last component basename matches."""
    if recursive and _recursive_marker(basename):
        empty = basename[:0]
        found = [empty] if _isdir(dirname or os.curdir, dir_fd) or not dirname else []
        return found + list(_subtree(dirname, dir_fd, hidden, dirs_only))
    if has_magic(basename):
        return _match_names(dirname, basename, dir_fd, hidden, dirs_only)
    if not basename:
        return [basename] if _isdir(dirname, dir_fd) else []
    return [basename] if _exists(os.path.join(dirname, basename), dir_fd) else []


def _walk(pathname, root_dir, dir_fd, recursive, hidden, dirs_only):
    def rooted(p):
        return os.path.join(root_dir, p) if root_dir is not None and p else (root_dir or p)

    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(rooted(pathname), dir_fd):
                yield pathname
        elif _isdir(rooted(dirname), dir_fd):
            yield pathname
        return
    if not dirname:
        for name in _glob_in(root_dir or dirname, basename, dir_fd, recursive, hidden,
                             dirs_only):
            yield name
        return
    if dirname != pathname and has_magic(dirname):
        parents = _walk(dirname, root_dir, dir_fd, recursive, hidden, True)
    else:
        parents = [dirname]
    for parent in parents:
        for name in _glob_in(rooted(parent), basename, dir_fd, recursive, hidden, dirs_only):
            yield os.path.join(parent, name)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname (in no particular order);
    '**' matches any depth when recursive."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = None
    found = _walk(pathname, root_dir, dir_fd, recursive, include_hidden, False)
    if recursive and _recursive_marker(pathname[:2]) and not os.path.split(pathname)[0]:
        # a bare '**' lists the subtree without the empty match of the top
        found = (p for p in found if p)
    return found


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))
