"""ntpath for closured: Windows path operations on strings, usable on any
system (drive letters, UNC shares \\\\server\\share and the \\\\?\\ and \\\\.\\
device prefixes; both slashes separate). Everything here is string work:
abspath and relpath join relative paths to os.getcwd(), expanduser reads
USERPROFILE or HOMEDRIVE and HOMEPATH, expandvars %name%, $name and ${name}
from os.environ. closured opens no file: the questions to a file system
(exists, isfile, isdir, islink) answer False, as CPython's do for a path it
cannot stat, and the measures (getsize, samefile, realpath's links, ...)
raise PermissionError."""

import os as _os
import genericpath as _generic
from genericpath import (commonprefix, exists, getatime, getctime, getmtime, getsize, isdir,
                         isfile, islink, lexists, samefile, sameopenfile, samestat)

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink',
           'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars',
           'normpath', 'abspath', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep',
           'extsep', 'devnull', 'realpath', 'supports_unicode_filenames', 'relpath',
           'samefile', 'sameopenfile', 'samestat', 'commonpath']

# Windows spells paths with backslashes (slashes accepted too) and lists them with ';'.
sep = '\\'
altsep = '/'
pathsep = ';'
curdir = '.'
pardir = '..'
extsep = '.'
defpath = '.;C:\\bin'
devnull = 'nul'
supports_unicode_filenames = True


class _Marks(object):
    """The separator characters of one kind of path (str or bytes)."""

    def __init__(self, convert):
        self.sep = convert('\\')
        self.alt = convert('/')
        self.both = convert('\\/')
        self.colon = convert(':')
        self.dot = convert('.')
        self.dots = convert('..')
        self.unc = convert('\\\\?\\UNC\\')
        self.empty = convert('')


_TEXT = _Marks(str)
_BYTES = _Marks(lambda text: text.encode('ascii'))


def _marks(path):
    return _BYTES if isinstance(path, bytes) else _TEXT


def normcase(s):
    s = _os.fspath(s)
    marks = _marks(s)
    return s.replace(marks.alt, marks.sep).lower()


def splitdrive(p):
    """(drive, rest): 'C:' or '\\\\server\\share' (or a device path) and what follows."""
    p = _os.fspath(p)
    marks = _marks(p)
    if len(p) < 2:
        return p[:0], p
    flat = p.replace(marks.alt, marks.sep)
    if flat.startswith(marks.sep * 2):
        skip = len(marks.unc) if flat[:len(marks.unc)].upper() == marks.unc else 2
        server_end = flat.find(marks.sep, skip)
        if server_end < 0:
            return p, p[:0]
        share_end = flat.find(marks.sep, server_end + 1)
        if share_end < 0:
            return p, p[:0]
        return p[:share_end], p[share_end:]
    if flat[1:2] == marks.colon:
        return p[:2], p[2:]
    return p[:0], p


def isabs(s):
    s = _os.fspath(s)
    marks = _marks(s)
    head = s[:3].replace(marks.alt, marks.sep)
    return head.startswith(marks.sep) or head[1:3] == marks.colon + marks.sep


def join(path, *paths):
    path = _os.fspath(path)
    marks = _marks(path)
    try:
        drive, rest = splitdrive(path)
        for piece in map(_os.fspath, paths):
            piece_drive, piece_rest = splitdrive(piece)
            rooted = piece_rest[:1] and piece_rest[:1] in marks.both
            if rooted:
                # A rooted piece replaces the path, and the drive when it names one.
                if piece_drive or not drive:
                    drive = piece_drive
                rest = piece_rest
                continue
            if piece_drive and piece_drive != drive:
                if piece_drive.lower() != drive.lower():
                    drive, rest = piece_drive, piece_rest
                    continue
                drive = piece_drive
            if rest and rest[-1:] not in marks.both:
                rest += marks.sep
            rest += piece_rest
        needs_sep = (rest and rest[:1] not in marks.both and drive and
                     drive[-1:] != marks.colon)
        return drive + (marks.sep if needs_sep else marks.empty) + rest
    except (TypeError, AttributeError, BytesWarning):
        _generic._check_arg_types('join', path, *paths)
        raise


def split(p):
    p = _os.fspath(p)
    marks = _marks(p)
    drive, rest = splitdrive(p)
    cut = len(rest)
    while cut and rest[cut - 1:cut] not in marks.both:
        cut -= 1
    head, tail = rest[:cut], rest[cut:]
    return drive + (head.rstrip(marks.both) or head), tail


def splitext(p):
    p = _os.fspath(p)
    marks = _marks(p)
    return _generic._splitext(p, marks.sep, marks.alt, marks.dot)


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def ismount(path):
    """True for a drive's root or a share's root, by the string alone."""
    path = _os.fspath(path)
    marks = _marks(path)
    drive, rest = splitdrive(abspath(path))
    if drive[:1] in marks.both:
        return not rest or rest in marks.both
    return bool(rest) and rest in marks.both


def normpath(path):
    path = _os.fspath(path)
    marks = _marks(path)
    path = path.replace(marks.alt, marks.sep)
    prefix, rest = splitdrive(path)
    if rest.startswith(marks.sep):
        prefix += marks.sep
        rest = rest.lstrip(marks.sep)
    kept = []
    for part in rest.split(marks.sep):
        if not part or part == marks.dot:
            continue
        if part == marks.dots:
            if kept and kept[-1] != marks.dots:
                kept.pop()
                continue
            if not kept and prefix.endswith(marks.sep):
                continue
        kept.append(part)
    if not prefix and not kept:
        return marks.dot
    return prefix + marks.sep.join(kept)


def abspath(path):
    path = _os.fspath(path)
    if not isabs(path):
        here = _os.getcwd()
        if isinstance(path, bytes):
            here = here.encode('utf-8', 'surrogateescape')
        path = join(here, path)
    return normpath(path)


def realpath(path, *, strict=False):
    """Without links to follow (closured sees no file system), the absolute path."""
    if strict:
        raise PermissionError('closured opens no file: os.path.realpath(strict=True) is not '
                              'available')
    return abspath(path)


def expanduser(path):
    path = _os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b'~' if is_bytes else '~'
    if not path.startswith(tilde):
        return path
    marks = _marks(path)
    end = 1
    while end < len(path) and path[end:end + 1] not in marks.both:
        end += 1
    env = _os.environ
    if 'USERPROFILE' in env:
        home = env['USERPROFILE']
    elif 'HOMEPATH' in env:
        home = join(env.get('HOMEDRIVE', ''), env['HOMEPATH'])
    else:
        return path
    if is_bytes:
        home = home.encode('utf-8', 'surrogateescape')
    if end != 1:
        # ~name: a sibling of the current user's home, when the name is not theirs.
        wanted = path[1:end]
        if is_bytes:
            wanted = wanted.decode('utf-8', 'surrogateescape')
        current = env.get('USERNAME')
        if wanted != current:
            # Profiles usually sit side by side, named by user: guess only when the
            # current user's home follows that rule.
            shown = home.decode('utf-8', 'surrogateescape') if is_bytes else home
            if current != basename(shown):
                return path
            home = join(dirname(home), path[1:end])
    return home + path[end:]


_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')


def expandvars(path):
    """%name%, $name and ${name} from os.environ; unknown names and text in single
    quotes stay as written; '%%' and '$$' are one '%' and one '$'."""
    path = _os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if is_bytes else path
    if '$' not in text and '%' not in text:
        return path
    env = _os.environ
    out = []
    at = 0
    size = len(text)
    while at < size:
        char = text[at]
        if char == "'":
            close = text.find("'", at + 1)
            if close < 0:
                out.append(text[at:])
                break
            out.append(text[at:close + 1])
            at = close + 1
        elif char == '%':
            if text[at + 1:at + 2] == '%':
                out.append('%')
                at += 2
                continue
            close = text.find('%', at + 1)
            if close < 0:
                out.append(text[at:])
                break
            name = text[at + 1:close]
            out.append(_lookup(env, name, is_bytes, '%' + name + '%'))
            at = close + 1
        elif char == '$':
            following = text[at + 1:at + 2]
            if following == '$':
                out.append('$')
                at += 2
            elif following == '{':
                close = text.find('}', at + 2)
                if close < 0:
                    out.append(text[at:])
                    break
                name = text[at + 2:close]
                out.append(_lookup(env, name, is_bytes, '${' + name + '}'))
                at = close + 1
            else:
                end = at + 1
                while end < size and text[end] in _NAME_CHARS:
                    end += 1
                name = text[at + 1:end]
                out.append(_lookup(env, name, is_bytes, '$' + name) if name else '$')
                at = end
        else:
            out.append(char)
            at += 1
    joined = ''.join(out)
    return joined.encode('latin-1') if is_bytes else joined


def _lookup(env, name, is_bytes, written):
    if is_bytes:
        name = name.encode('latin-1').decode('utf-8', 'surrogateescape')
    if name in env:
        value = env[name]
        if is_bytes:
            value = value.encode('utf-8', 'surrogateescape').decode('latin-1')
        return value
    return written


def relpath(path, start=None):
    path = _os.fspath(path)
    marks = _marks(path)
    if not path:
        raise ValueError('no path specified')
    if start is None:
        start = marks.dot
    else:
        start = _os.fspath(start)
    try:
        start_full = abspath(normpath(start))
        path_full = abspath(normpath(path))
        start_drive, start_rest = splitdrive(start_full)
        path_drive, path_rest = splitdrive(path_full)
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError('path is on mount %r, start on mount %r' % (path_drive,
                                                                          start_drive))
        start_parts = [part for part in start_rest.split(marks.sep) if part]
        path_parts = [part for part in path_rest.split(marks.sep) if part]
        shared = 0
        for mine, theirs in zip(start_parts, path_parts):
            if normcase(mine) != normcase(theirs):
                break
            shared += 1
        steps = [marks.dots] * (len(start_parts) - shared) + path_parts[shared:]
        return join(*steps) if steps else marks.dot
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        _generic._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    paths = tuple(map(_os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    marks = _marks(paths[0])
    try:
        pieces = [splitdrive(p.replace(marks.alt, marks.sep).lower()) for p in paths]
        split_paths = [rest.split(marks.sep) for _, rest in pieces]
        if len({rest[:1] == marks.sep for _, rest in pieces}) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        if len({drive for drive, _ in pieces}) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, rest = splitdrive(paths[0].replace(marks.alt, marks.sep))
        root = rest[:1] if rest[:1] == marks.sep else marks.empty
        originals = [part for part in rest.split(marks.sep) if part and part != marks.dot]
        lowered = [[part for part in parts if part and part != marks.dot]
                   for parts in split_paths]
        shortest, longest = min(lowered), max(lowered)
        keep = len(shortest)
        for at, part in enumerate(shortest):
            if part != longest[at]:
                keep = at
                break
        return drive + root + marks.sep.join(originals[:keep])
    except (TypeError, AttributeError):
        _generic._check_arg_types('commonpath', *paths)
        raise
