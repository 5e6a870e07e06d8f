"""os for closured: the parts of the operating-system interface that do not
reach the host on their own.

os.path (posixpath), the path constants (sep, linesep, ...), fspath and
PathLike, and what the embedder chose to show: os.environ and os.getcwd().
Under `closured run`, the user's own program like `python3 FILE.py`,
environ is a copy of the process environment and getcwd() its directory
(changing environ changes only the copy). A daemon workload gets an empty
environ and "/": it must not learn the host's. closured opens no file: the
file and descriptor calls (stat, open, listdir, scandir, remove, ...) exist
and raise PermissionError, access() answers False and walk() finds nothing;
there is no process function (system, getpid, ...). The open() flags and
stat_result are there for the code that names them."""

import sys
import _os
import posixpath as path
from abc import ABCMeta, abstractmethod
from _collections_abc import MutableMapping, _check_methods

__all__ = ["path", "name", "sep", "altsep", "extsep", "pathsep", "linesep", "curdir",
           "pardir", "defpath", "devnull", "environ", "getenv", "getcwd", "getcwdb", "fspath",
           "fsencode", "fsdecode", "PathLike", "error", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
linesep = "\n"
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _check_str(value, what):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ(MutableMapping):
    """os.environ: a mapping of str to str over the embedder's copy."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[_check_str(key, "key")] = _check_str(value, "value")

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % (k, v) for k, v in self._data.items())

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os.environ)


def getenv(key, default=None):
    """os.environ.get(key, default)."""
    return environ.get(key, default)


def getcwd():
    """The working directory: the process's under `closured run`, "/" in
    the daemon."""
    return _os.getcwd()


def getcwdb():
    return _os.getcwd().encode("utf-8", "surrogateescape")


fspath = path.fspath  # one definition, in posixpath (imported above as path)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


class PathLike(metaclass=ABCMeta):
    """The ABC of objects with __fspath__ (structural, as in CPython)."""

    @abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, "__fspath__")
        return NotImplemented

    def __class_getitem__(cls, item):
        """os.PathLike[str] in annotations (PEP 585)."""
        import types
        return types.GenericAlias(cls, item)


class terminal_size(tuple):
    """A terminal's size as (columns, lines), the fields also by name: what
    shutil.get_terminal_size answers (closured has no terminal of its own to ask)."""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)"
                            % len(items))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % tuple(self)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __reduce__(self):
        return (terminal_size, (tuple(self),))

    columns = property(lambda self: tuple.__getitem__(self, 0),
                       doc="width of the terminal window in characters")
    lines = property(lambda self: tuple.__getitem__(self, 1),
                     doc="height of the terminal window in characters")


class stat_result(tuple):
    """What a stat call answers: ten fields by position (mode, inode, device,
    links, uid, gid, size, then the three times in whole seconds) and every
    field by name, the float and nanosecond times and the block fields among
    them when the sequence gave them (else the float times are the whole ones).
    closured stats no file, so only programs make these (pathspec annotates
    with the class)."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _shown = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')
    _more = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
             'st_blksize', 'st_blocks', 'st_rdev')

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)"
                            % len(items))
        if len(items) > 19:
            raise TypeError("os.stat_result() takes an at most 19-sequence (%d-sequence given)"
                            % len(items))
        made = tuple.__new__(cls, items[:10])
        more = items[10:] + (None,) * (19 - len(items))
        object.__setattr__(made, '_extra', more)
        return made

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % pair for pair in zip(self._shown, self))

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))


def _stat_field(index):
    if index < 7:
        return property(lambda self: tuple.__getitem__(self, index))
    slot = index - 7

    def get(self):
        value = self._extra[slot]
        if value is None and slot < 3:  # no float time given: the whole seconds
            return tuple.__getitem__(self, 7 + slot)
        return value
    return property(get)


for _i, _n in enumerate(stat_result._shown[:7] + stat_result._more):
    setattr(stat_result, _n, _stat_field(_i))
del _i, _n

# The open() flags and access() modes, with Linux's values (libraries combine
# them at import: wcmatch's directory flags).
O_RDONLY, O_WRONLY, O_RDWR, O_ACCMODE = 0, 1, 2, 3
O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND = 0o100, 0o200, 0o400, 0o1000, 0o2000
O_NONBLOCK, O_NDELAY, O_DSYNC, O_SYNC, O_RSYNC = 0o4000, 0o4000, 0o10000, 0o4010000, 0o4010000
O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC, O_NOATIME = 0o200000, 0o400000, 0o2000000, 0o1000000
O_PATH, O_TMPFILE, O_LARGEFILE, O_ASYNC, O_DIRECT = 0o10000000, 0o20200000, 0, 0o20000, 0o40000
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4


def _no_file(name):
    def call(*args, **kwargs):
        raise PermissionError("closured opens no file: os.%s() is not available" % name)
    call.__name__ = call.__qualname__ = name
    return call


# The calls that reach files and descriptors exist, so that modules naming them
# import (wcmatch, pathspec); each raises PermissionError, as pathlib's do.
# os.path's exists(), isfile(), isdir() ... answer False through them, as
# CPython's do when stat fails.
for _n in ('stat', 'lstat', 'fstat', 'open', 'close', 'read', 'write', 'listdir', 'scandir',
           'mkdir', 'makedirs', 'remove', 'unlink', 'rmdir', 'removedirs', 'rename', 'renames',
           'replace', 'chdir', 'chmod', 'chown', 'link', 'symlink', 'readlink', 'utime',
           'truncate', 'fsync', 'dup', 'dup2', 'pipe', 'fdopen', 'lseek', 'mkfifo', 'statvfs'):
    globals()[_n] = _no_file(_n)
del _n


class uname_result(tuple):
    """What uname() answers: five strings by position and by name."""

    n_sequence_fields = n_fields = 5
    n_unnamed_fields = 0
    _names = ('sysname', 'nodename', 'release', 'version', 'machine')

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != 5:
            raise TypeError("posix.uname_result() takes a 5-sequence (%d-sequence given)"
                            % len(items))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return "posix.uname_result(%s)" % ", ".join(
            "%s=%r" % pair for pair in zip(self._names, self))

    def __reduce__(self):
        return (uname_result, (tuple(self),))


for _i, _n in enumerate(uname_result._names):
    setattr(uname_result, _n, property(lambda self, _i=_i: tuple.__getitem__(self, _i)))
del _i, _n
uname_result.__module__ = 'posix'


def uname():
    """The system's name only ('Linux'): the host's node, release, version
    and machine stay unknown (empty), as platform.uname() tells them."""
    import platform
    return uname_result((platform.system(), '', '', '', ''))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """False: closured can reach no file (CPython's answer for a file it cannot reach)."""
    fspath(path)
    return False


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Nothing to walk: the directory cannot be listed, which onerror hears of
    (with the PermissionError) as in CPython's walk."""
    try:
        scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
    return
    yield


# Which calls take dir_fd, a descriptor, or follow_symlinks=False: none here.
supports_dir_fd = set()
supports_fd = set()
supports_follow_symlinks = set()
supports_effective_ids = set()


def urandom(size):
    """size random bytes. CPython reads them from the operating system's entropy,
    which no program here can reach: they come from random.SystemRandom, seeded
    from the clocks, as secrets' tokens do. Fit for nonces and masks (wsproto
    masks its frames with them), not for keys."""
    import operator
    import random
    size = operator.index(size)
    if size < 0:
        raise ValueError("negative argument not allowed")
    return random.SystemRandom().randbytes(size)
