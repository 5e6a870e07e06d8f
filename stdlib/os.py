"""os for closured: the parts of the operating-system interface that do not
reach the host on their own.

os.path (posixpath), the path constants (sep, linesep, ...), fspath and
PathLike, and what the embedder chose to show: os.environ and os.getcwd().
Under `closured run`, the user's own program like `python3 FILE.py`,
environ is a copy of the process environment and getcwd() its directory
(changing environ changes only the copy). A daemon workload gets an empty
environ and "/": it must not learn the host's. There is no file, process,
or descriptor function (open, listdir, remove, system, getpid, ...):
closured opens no file."""

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
